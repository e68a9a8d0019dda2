package vn.gov.sonla.awards.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import vn.gov.sonla.awards.account.Actor;

/**
 * A department staff member's hold on a dossier they review ("đang xử lý bởi …"): nobody else's step overwrites
 * their work until they act or someone explicitly takes it over.
 */
@Embeddable
record Claim(@Column(name = "claimed_by") String username, @Column(name = "claimed_by_name") String name,
             @Column(name = "claimed_at") Instant at) {

    boolean isBy(Actor staff) {
        return username.equals(staff.username());
    }
}
