package vn.gov.sonla.awards.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.gov.sonla.awards.organisation.Unit;

/** A person who signs in: bound to one unit, which for staff roles is their department. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Set for a first administrator and after a reset: every page leads to the password change until done. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** "vi" or "en", applied at sign-in; null means the site's default (Vietnamese). */
    @Column(name = "language")
    private String language;

    /** Bumped whenever existing sessions must end: password change or reset, deactivation, sign out everywhere. */
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String fullName, Role role, Unit unit, Instant createdAt) {
        this.createdAt = createdAt;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.unit = unit;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public Unit getUnit() {
        return unit;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public String getLanguage() {
        return language;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** A new password chosen by the person: other sessions end. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.credentialsVersion++;
    }

    /** A password set by someone else (an administrator, the first start): must be changed at next sign-in. */
    void setTemporaryPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.credentialsVersion++;
    }

    void chooseLanguage(String language) {
        this.language = language;
    }

    void endAllSessions() {
        this.credentialsVersion++;
    }

    void assign(Role role, Unit unit) {
        if (this.role != role || !this.unit.getId().equals(unit.getId())) {
            this.role = role;
            this.unit = unit;
            // what the person may see changes: let them sign in again under the new role
            this.credentialsVersion++;
        }
    }

    void rename(String fullName) {
        this.fullName = fullName;
    }

    void deactivate() {
        this.enabled = false;
        this.credentialsVersion++;
    }

    void reactivate() {
        this.enabled = true;
    }
}
