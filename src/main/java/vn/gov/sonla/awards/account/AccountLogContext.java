package vn.gov.sonla.awards.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in account's id into the log context ({@value #KEY}) for the rest of the request, so that every
 * line logged while serving it (a field of its own in structured JSON logs) says on whose behalf — by the id only:
 * no name, and nothing about a nominee. Runs after Spring Security's filters, which have restored the person by then.
 */
@Component
class AccountLogContext extends OncePerRequestFilter {

    static final String KEY = "account_id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication != null && authentication.getPrincipal() instanceof CurrentUser user)) {
            chain.doFilter(request, response);
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(KEY, String.valueOf(user.id()))) {
            chain.doFilter(request, response);
        }
    }
}
