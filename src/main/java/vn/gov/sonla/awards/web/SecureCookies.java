package vn.gov.sonla.awards.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every cookie set in answer to a request that came over HTTPS is Secure, so a browser never sends it over plain
 * HTTP: the session cookie (the servlet container already marks it), and also the cookies written as headers, such
 * as the remembered language. Behind a reverse proxy a request counts as HTTPS when the proxy says so
 * ({@code X-Forwarded-Proto}, trusted as the README explains). Over plain HTTP (a developer's machine) cookies
 * stay as they are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecureCookies extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, request.isSecure() ? new SecureCookieResponse(response) : response);
    }

    private static final class SecureCookieResponse extends HttpServletResponseWrapper {

        SecureCookieResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        private static String secured(String name, String value) {
            if (value == null || !HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)
                    || value.toLowerCase(Locale.ROOT).matches("(?s).*;\\s*secure\\s*(;.*)?")) {
                return value;
            }
            return value + "; Secure";
        }
    }
}
