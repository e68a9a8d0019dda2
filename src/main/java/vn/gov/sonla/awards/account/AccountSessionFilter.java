package vn.gov.sonla.awards.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every signed-in request against the account as it is now, so that what an administrator or the person
 * does elsewhere takes effect at once:
 * <ul>
 *   <li>a deactivated account, or one whose credentials changed since this session signed in (password changed or
 *       reset, "sign out everywhere", new role or unit), ends the session;</li>
 *   <li>a session older than the absolute timeout ends, however active (the idle timeout is the container's);</li>
 *   <li>a temporary password sends every page to the password change until it is changed.</li>
 * </ul>
 * One indexed lookup by primary key per request, the same on every instance. The account's stored sessions are also
 * removed when its credentials change ({@link StoredSessions}); this check still ends a session that a request in
 * flight wrote back after that.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;
    private final AccountProperties.Session rules;
    private final Clock clock;

    AccountSessionFilter(JdbcClient jdbc, AccountProperties properties, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.rules = properties.session();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<State> state = jdbc.sql("select enabled, credentials_version, must_change_password from user_account where id = ?")
                .param(user.id()).query((rs, i) -> new State(rs.getBoolean(1), rs.getInt(2), rs.getBoolean(3))).optional();
        if (state.isEmpty() || !state.get().enabled() || state.get().credentialsVersion() != user.credentialsVersion()
                || tooOld(request.getSession(false))) {
            end(request, response);
            return;
        }
        if (state.get().mustChangePassword() && !mayPassWithTemporaryPassword(request)) {
            response.sendRedirect(request.getContextPath() + AccountController.PASSWORD_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean tooOld(HttpSession session) {
        if (session == null) {
            return false;
        }
        Object signedInAt = session.getAttribute(SignInHandlers.SIGNED_IN_AT);
        if (!(signedInAt instanceof Instant at)) {
            // signed in by other means (tests, a session from before this check existed): start counting now
            session.setAttribute(SignInHandlers.SIGNED_IN_AT, clock.instant());
            return false;
        }
        return at.plus(rules.absoluteTimeout()).isBefore(clock.instant());
    }

    private static boolean mayPassWithTemporaryPassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(AccountController.PASSWORD_PATH) || path.equals("/logout") || path.equals("/error")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/");
    }

    private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + "/login?ended");
    }

    private record State(boolean enabled, int credentialsVersion, boolean mustChangePassword) {
    }
}
