package vn.gov.sonla.awards.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who is asking: the signed-in person, their role and their unit. Every query that loads a dossier and
 * every workflow step takes one, so scoping and the history's "who" come from the same place.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The authority a leader holds besides its role's: the signing pages ask for it. */
    public static final String LEADER_AUTHORITY = "LEADER";

    private final long id;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final Role role;
    private final long unitId;
    private final String unitName;
    private final boolean enabled;
    private final int credentialsVersion;
    private final boolean mustChangePassword;
    private final String language;
    private final boolean leader;

    public CurrentUser(long id, String username, String passwordHash, String fullName, Role role,
                       long unitId, String unitName, boolean enabled) {
        this(id, username, passwordHash, fullName, role, unitId, unitName, enabled, 0, false, null);
    }

    public CurrentUser(long id, String username, String passwordHash, String fullName, Role role,
                       long unitId, String unitName, boolean enabled, int credentialsVersion,
                       boolean mustChangePassword, String language) {
        this(id, username, passwordHash, fullName, role, unitId, unitName, enabled, credentialsVersion,
                mustChangePassword, language, false);
    }

    public CurrentUser(long id, String username, String passwordHash, String fullName, Role role,
                       long unitId, String unitName, boolean enabled, int credentialsVersion,
                       boolean mustChangePassword, String language, boolean leader) {
        this.leader = leader;
        this.credentialsVersion = credentialsVersion;
        this.mustChangePassword = mustChangePassword;
        this.language = language;
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.unitId = unitId;
        this.unitName = unitName;
        this.enabled = enabled;
    }

    static CurrentUser of(UserAccount account) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.getFullName(), account.getRole(), account.getUnit().getId(), account.getUnit().getName(),
                account.isEnabled(), account.getCredentialsVersion(), account.isMustChangePassword(),
                account.getLanguage(), account.isLeader());
    }

    /** A leader of the office (lãnh đạo): signs what its specialists prepare. Checked again when signing. */
    public boolean leader() {
        return leader;
    }

    public boolean isLeader() {
        return leader;
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    public long unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    /** The version of the account's credentials this session signed in with; a newer one ends the session. */
    public int credentialsVersion() {
        return credentialsVersion;
    }

    /** The password is temporary (first administrator, reset): it must be changed before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** "vi", "en" or null (the site's default). */
    public String language() {
        return language;
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** The person as the domain knows them. */
    public Actor actor() {
        return new Actor(id, username, fullName, role, unitId, unitName);
    }

    // Thymeleaf-friendly accessors
    public String getFullName() {
        return fullName;
    }

    public String getUnitName() {
        return unitName;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return leader ? List.of(new SimpleGrantedAuthority(role.authority()), new SimpleGrantedAuthority(LEADER_AUTHORITY))
                : List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Called by Spring Security after authentication so the hash does not linger in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
