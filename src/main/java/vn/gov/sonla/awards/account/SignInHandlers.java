package vn.gov.sonla.awards.account;

import java.time.Clock;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What happens right after a sign-in attempt. Success: remember when the session began (for the absolute
 * timeout), switch to the person's language, and go home — or to the password change when the password is
 * temporary. Failure: back to the sign-in page with why (wrong credentials, wait, locked), the username kept.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** Session attribute: the instant of sign-in. */
    static final String SIGNED_IN_AT = "awards.signedInAt";
    /** Session attribute read once by the sign-in page: the message key and its argument. */
    static final String PROBLEM = "awards.signInProblem";

    private final LocaleResolver localeResolver;
    private final Clock clock;
    private final SignInMetrics metrics;

    SignInHandlers(LocaleResolver localeResolver, Clock clock, SignInMetrics metrics) {
        this.clock = clock;
        this.localeResolver = localeResolver;
        this.metrics = metrics;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        HttpSession session = request.getSession();
        session.setAttribute(SIGNED_IN_AT, clock.instant());
        String target = "/";
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            if (user.language() != null) {
                localeResolver.setLocale(request, response, Locale.forLanguageTag(user.language()));
            }
            if (user.mustChangePassword()) {
                target = AccountController.PASSWORD_PATH;
            }
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        Problem problem;
        if (exception instanceof ThrottledAuthenticationProvider.LoginThrottledException throttled) {
            problem = throttled.refusal().locked()
                    ? new Problem("login.locked", throttled.refusal().amount(), null)
                    : new Problem("login.wait", throttled.refusal().amount(), null);
            metrics.failed(throttled.refusal().locked() ? SignInMetrics.Reason.LOCKED : SignInMetrics.Reason.WAIT);
        } else {
            // wrong password, unknown user, deactivated account: the same words, so none can be told apart
            problem = new Problem("login.failed", 0, null);
            metrics.failed(SignInMetrics.Reason.CREDENTIALS);
        }
        String username = request.getParameter("username");
        request.getSession().setAttribute(PROBLEM, new Problem(problem.key(), problem.amount(),
                username == null ? null : username.strip()));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /** A message key of the sign-in page, its number (seconds or minutes) and the username typed, to keep it. */
    record Problem(String key, long amount, String username) implements java.io.Serializable {
    }
}
