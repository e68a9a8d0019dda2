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

    private final long id;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final Role role;
    private final long unitId;
    private final String unitName;
    private final boolean enabled;

    public CurrentUser(long id, String username, String passwordHash, String fullName, Role role,
                       long unitId, String unitName, boolean enabled) {
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
                account.isEnabled());
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

    public boolean is(Role r) {
        return role == r;
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
        return List.of(new SimpleGrantedAuthority(role.authority()));
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
