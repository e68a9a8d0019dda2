package vn.gov.sonla.awards.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters cannot be read — bytes that are not UTF-8, a multipart body that does not parse, one
 * too large — is answered at once with the application's error page (400, or 413 for a body too large) and one WARN
 * line. Left alone, the first filter or controller that reads a parameter fails on it and the server logs an ERROR
 * with a stack trace, for every such request: anyone could fill the log.
 * <p>
 * Runs right after the character encoding is set (UTF-8), before Spring Security, which reads {@code _csrf}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (InvalidParameterException e) {
            int status = e.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST;
            Malformed.warn(log, request, status, e);
            response.sendError(status);
            return;
        }
        chain.doFilter(request, response);
    }
}
