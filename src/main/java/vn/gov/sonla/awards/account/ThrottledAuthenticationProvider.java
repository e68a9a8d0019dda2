package vn.gov.sonla.awards.account;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in behind the {@link LoginThrottle}: a username or address that is locked or must wait is refused
 * before its password is even checked; an attempt that may go on is counted against the username before its
 * password is checked (atomically with the decision), a wrong password then also against the address, and a right
 * one clears the username.
 * <p>
 * The address is the servlet's remote address ({@link WebAuthenticationDetails}), which is the proxy's unless
 * {@code server.forward-headers-strategy} says to trust its {@code X-Forwarded-For}.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final Clock clock;

    ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                    Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Instant now = clock.instant();
        // counted before the password is checked, so that parallel attempts cannot all pass one check
        var refusal = throttle.attempt(username, address, now);
        if (refusal.isPresent()) {
            throw new LoginThrottledException(refusal.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failedFrom(address, now);
            // the failure that locks says so at once, rather than on the next attempt
            throttle.lockedUntil(username, now).ifPresent(until -> {
                throw new LoginThrottledException(new LoginThrottle.Refusal(true, java.time.Duration.between(now, until)));
            });
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Attempts for this username or from this address are refused for now. */
    static final class LoginThrottledException extends AuthenticationException {

        private final transient LoginThrottle.Refusal refusal;

        LoginThrottledException(LoginThrottle.Refusal refusal) {
            super(refusal.locked() ? "locked" : "too fast");
            this.refusal = refusal;
        }

        LoginThrottle.Refusal refusal() {
            return refusal;
        }
    }
}
