package vn.gov.sonla.awards.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.common.PlainText;

/** Loads the signed-in person with their unit. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!PlainText.isAllowed(username, false)) {
            // no account has such a name, and PostgreSQL would refuse a NUL in the query
            throw new UsernameNotFoundException("unknown user");
        }
        return accounts.findByUsername(username.trim())
                .map(CurrentUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
