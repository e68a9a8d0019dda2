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

    @Enumerated(EnumType.STRING)
    @Column(name = "office_rank", nullable = false)
    private OfficeRank rank = OfficeRank.SPECIALIST;

    /** Set for a leader only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "leader_position")
    private LeaderPosition position;

    /** The leader's title in the signature block ("Giám đốc", "Phó Chủ tịch"); set for a leader only. */
    @Column(name = "signature_title")
    private String signatureTitle;

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

    public OfficeRank getRank() {
        return rank;
    }

    public LeaderPosition getPosition() {
        return position;
    }

    public String getSignatureTitle() {
        return signatureTitle;
    }

    public boolean isLeader() {
        return rank == OfficeRank.LEADER;
    }

    /** The block this account signs under; only a leader has one. */
    public SignatureBlock signatureBlock() {
        if (!isLeader()) {
            throw new IllegalStateException(username + " is not a leader");
        }
        return SignatureBlock.of(position, signatureTitle, fullName);
    }

    /** A specialist prepares; a leader, with a position and a title, signs. */
    void rankAs(OfficeRank rank, LeaderPosition position, String signatureTitle) {
        if (rank == OfficeRank.LEADER && (position == null || signatureTitle == null || signatureTitle.isBlank())) {
            throw new IllegalArgumentException("a leader needs a position and a title");
        }
        this.rank = rank;
        this.position = rank == OfficeRank.LEADER ? position : null;
        this.signatureTitle = rank == OfficeRank.LEADER ? signatureTitle.strip() : null;
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
