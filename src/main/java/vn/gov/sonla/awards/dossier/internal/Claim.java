package vn.gov.sonla.awards.dossier.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ConflictException;

/**
 * A department staff member's hold on a dossier they review ("đang xử lý bởi …"): nobody else's step overwrites
 * their work until they act or someone explicitly takes it over.
 */
@Embeddable
public record Claim(@Column(name = "claimed_by") String username, @Column(name = "claimed_by_name") String name,
             @Column(name = "claimed_at") Instant at) {

    static Claim by(Actor staff, Instant at) {
        return new Claim(staff.username(), staff.fullName(), at);
    }

    /** Nobody else's hold is overwritten by a step: 409 naming who holds the dossier. */
    static void requireFreeFor(Claim claim, Actor staff) {
        if (claim != null && !claim.isBy(staff)) {
            throw new ConflictException("error.claimedBy", claim.name());
        }
    }

    boolean isBy(Actor staff) {
        return username.equals(staff.username());
    }
}
