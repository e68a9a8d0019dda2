package vn.gov.sonla.awards.account;

import java.time.Clock;
import java.security.SecureRandom;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.organisation.Unit;

/**
 * Creates and keeps accounts with hashed passwords: the person's own changes (password, language, sign out
 * everywhere) and the administrator's (create, assign, deactivate, reset). Whoever calls the administrator's
 * operations has checked the role; the audit trail is the caller's.
 */
@Service
public class Accounts {

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied from a screen. */
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final StoredSessions sessions;
    private final SecureRandom random = new SecureRandom();

    Accounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, PasswordPolicy policy, Clock clock,
             StoredSessions sessions) {
        this.clock = clock;
        this.sessions = sessions;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
    }

    /** An account with a known password (the demo accounts); not checked against the password rules. */
    @Transactional
    public UserAccount create(String username, String rawPassword, String fullName, Role role, Unit unit) {
        return repository.save(new UserAccount(username, passwordEncoder.encode(rawPassword), fullName, role, unit, clock.instant()));
    }

    /** A demo leader: an account with a known password that signs for its office. */
    @Transactional
    public UserAccount createLeader(String username, String rawPassword, String fullName, Role role, Unit unit,
                                    LeaderPosition position, String title) {
        UserAccount account = new UserAccount(username, passwordEncoder.encode(rawPassword), fullName, role, unit, clock.instant());
        account.rankAs(OfficeRank.LEADER, position, title);
        return repository.save(account);
    }

    /**
     * The person as a signer, read from the account at the moment of signing (an administrator may have changed it
     * since the session began): 403 when the account is not a leader of an office with the given role.
     */
    @Transactional(readOnly = true)
    public Signatory signatory(Actor actor, Role officeRole) {
        UserAccount account = get(actor.id());
        if (!account.isEnabled() || !account.isLeader() || account.getRole() != officeRole) {
            throw new ForbiddenException("error.signing.notLeader");
        }
        return new Signatory(account.getId(), account.getUsername(), account.getFullName(), account.getUnit().getId(),
                account.getPosition(), account.getSignatureTitle(), account.signatureBlock());
    }

    /** Whether the person's account is, right now, a leader. */
    @Transactional(readOnly = true)
    public boolean isLeader(long accountId) {
        return repository.findById(accountId).map(a -> a.isEnabled() && a.isLeader()).orElse(false);
    }

    /** The enabled leaders of a unit, heads first, by name: who may sign its documents. */
    @Transactional(readOnly = true)
    public List<Signatory> leadersOf(long unitId) {
        return repository.findLeadersOfUnit(unitId).stream()
                .map(a -> new Signatory(a.getId(), a.getUsername(), a.getFullName(), unitId, a.getPosition(),
                        a.getSignatureTitle(), a.signatureBlock()))
                .toList();
    }

    /** The account ids of the enabled leaders of a unit, for notices. */
    @Transactional(readOnly = true)
    public List<Long> leaderIds(long unitId) {
        return leadersOf(unitId).stream().map(Signatory::accountId).toList();
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

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return repository.findWithUnitById(id).orElseThrow(() -> new NotFoundException("account " + id));
    }

    /** Accounts whose username or name contains the text (all when it is blank), by username. */
    @Transactional(readOnly = true)
    public List<UserAccount> search(String text) {
        return text == null || text.isBlank() ? repository.findAllByOrderByUsername() : repository.search(text.strip());
    }

    @Transactional(readOnly = true)
    public boolean anyAdministrator() {
        return repository.existsByRole(Role.ADMIN);
    }

    // ------------------------------------------------------------------------------------------------
    // The person's own account
    // ------------------------------------------------------------------------------------------------

    /**
     * Changes one's own password after checking the current one and the rules. Other sessions of the account end
     * on every instance; the caller refreshes this session ({@code thisSession}, its id) with the returned principal.
     */
    @Transactional
    public CurrentUser changeOwnPassword(long id, String currentPassword, String newPassword, String thisSession) {
        UserAccount account = get(id);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new PasswordRejectedException("currentPassword", "validation.password.currentWrong");
        }
        if (newPassword != null && passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new PasswordRejectedException("newPassword", "validation.password.same");
        }
        policy.check(newPassword, account.getUsername()).ifPresent(key -> {
            throw new PasswordRejectedException("newPassword", key);
        });
        account.changePassword(passwordEncoder.encode(newPassword));
        repository.flush();
        sessions.endAllOf(account.getUsername(), thisSession);
        return principal(account);
    }

    @Transactional
    public CurrentUser chooseLanguage(long id, String language) {
        if (!"vi".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("language " + language);
        }
        UserAccount account = get(id);
        account.chooseLanguage(language);
        return principal(account);
    }

    /** Ends every session of the account, this one included. */
    @Transactional
    public void endAllSessions(long id) {
        UserAccount account = get(id);
        account.endAllSessions();
        sessions.endAllOf(account.getUsername(), null);
    }

    // ------------------------------------------------------------------------------------------------
    // The administrator's operations
    // ------------------------------------------------------------------------------------------------

    /** A new account with a one-time password, which must be changed at first sign-in. */
    @Transactional
    public Created createWithTemporaryPassword(String username, String fullName, Role role, Unit unit) {
        if (repository.existsByUsername(username)) {
            throw new ConflictException("error.account.usernameTaken", username);
        }
        String password = temporaryPassword();
        UserAccount account = new UserAccount(username, "", fullName, role, unit, clock.instant());
        account.setTemporaryPassword(passwordEncoder.encode(password));
        return new Created(repository.save(account), password);
    }

    /** The first administrator, from the environment: the password must pass the rules and be changed at first sign-in. */
    @Transactional
    public UserAccount createFirstAdministrator(String username, String password, String fullName, Unit unit) {
        policy.check(password, username).ifPresent(key -> {
            throw new PasswordRejectedException("password", key);
        });
        UserAccount account = new UserAccount(username, "", fullName, Role.ADMIN, unit, clock.instant());
        account.setTemporaryPassword(passwordEncoder.encode(password));
        return repository.save(account);
    }

    /** A new one-time password; the person's sessions end and they must choose a password at next sign-in. */
    @Transactional
    public String resetPassword(long id) {
        String password = temporaryPassword();
        UserAccount account = get(id);
        account.setTemporaryPassword(passwordEncoder.encode(password));
        sessions.endAllOf(account.getUsername(), null);
        return password;
    }

    @Transactional
    public void update(long id, String fullName, Role role, Unit unit, Actor by) {
        UserAccount account = get(id);
        if (account.getId() == by.id() && account.getRole() != role) {
            throw new ConflictException("error.account.ownRole");
        }
        account.rename(fullName);
        int version = account.getCredentialsVersion();
        account.assign(role, unit);
        if (account.getCredentialsVersion() != version) {
            sessions.endAllOf(account.getUsername(), null);
        }
    }

    /** Makes the account a specialist, or a leader with a position and a title; its sessions end when this changes. */
    @Transactional
    public void rank(long id, OfficeRank rank, LeaderPosition position, String title) {
        UserAccount account = get(id);
        boolean changed = account.getRank() != rank || account.getPosition() != (rank == OfficeRank.LEADER ? position : null);
        account.rankAs(rank, position, title);
        if (changed) {
            account.endAllSessions();
        }
    }

    @Transactional
    public void deactivate(long id, Actor by) {
        if (id == by.id()) {
            throw new ConflictException("error.account.deactivateSelf");
        }
        UserAccount account = get(id);
        account.deactivate();
        sessions.endAllOf(account.getUsername(), null);
    }

    @Transactional
    public void reactivate(long id) {
        get(id).reactivate();
    }

    private String temporaryPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }

    private static CurrentUser principal(UserAccount account) {
        CurrentUser user = CurrentUser.of(account);
        user.eraseCredentials();
        return user;
    }

    /** A new account and its one-time password, to be shown once to the administrator. */
    public record Created(UserAccount account, String password) {
    }

    /** A password refused: the form field and the message key saying why. */
    public static class PasswordRejectedException extends RuntimeException {

        private final String field;
        private final String messageKey;

        PasswordRejectedException(String field, String messageKey) {
            super(messageKey);
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
