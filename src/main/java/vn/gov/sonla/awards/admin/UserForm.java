package vn.gov.sonla.awards.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.LeaderPosition;
import vn.gov.sonla.awards.account.OfficeRank;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.account.UserAccount;

/** Creating or editing an account (the username is fixed once created). No password: a one-time one is generated. */
record UserForm(@NotBlank(message = "{validation.admin.username}")
                @Pattern(regexp = Accounts.USERNAME_PATTERN, message = "{validation.admin.username}") String username,
                @NotBlank(message = "{validation.admin.fullName}")
                @Size(max = 255, message = "{validation.size.255}") String fullName,
                @NotNull(message = "{validation.admin.role}") Role role,
                @NotNull(message = "{validation.admin.unit}") Long unitId,
                OfficeRank rank,
                LeaderPosition position,
                @Size(max = 100, message = "{validation.size.255}") String signatureTitle) {

    static UserForm empty() {
        return new UserForm(null, null, null, null, OfficeRank.SPECIALIST, null, null);
    }

    static UserForm of(UserAccount account) {
        return new UserForm(account.getUsername(), account.getFullName(), account.getRole(), account.getUnit().getId(),
                account.getRank(), account.getPosition(), account.getSignatureTitle());
    }

    /** A specialist when nothing is chosen (a form posted by an older page). */
    OfficeRank rankOrSpecialist() {
        return rank == null ? OfficeRank.SPECIALIST : rank;
    }

    /** A leader needs a position and a title: the fields missing, for the form to name. */
    void checkLeader(org.springframework.validation.Errors errors) {
        if (rankOrSpecialist() == OfficeRank.LEADER) {
            if (position == null) {
                errors.rejectValue("position", "validation.admin.leaderPosition");
            }
            if (signatureTitle == null || signatureTitle.isBlank()) {
                errors.rejectValue("signatureTitle", "validation.admin.signatureTitle");
            }
        }
    }
}
