package vn.gov.sonla.awards.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.organisation.Unit;

/** Creates accounts with hashed passwords. */
@Service
public class Accounts {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;

    Accounts(UserAccountRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public UserAccount create(String username, String rawPassword, String fullName, Role role, Unit unit) {
        return repository.save(new UserAccount(username, passwordEncoder.encode(rawPassword), fullName, role, unit));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return repository.existsByUsername(username);
    }

    @Transactional(readOnly = true)
    public CurrentUser load(String username) {
        return repository.findByUsername(username).map(CurrentUser::of)
                .orElseThrow(() -> new IllegalArgumentException("no account " + username));
    }
}
