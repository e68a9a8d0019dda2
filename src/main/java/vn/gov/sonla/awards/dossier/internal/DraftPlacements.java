package vn.gov.sonla.awards.dossier.internal;

import java.util.Collection;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.dossier.DossierFilter;
import vn.gov.sonla.awards.dossier.DossierStatus;

/**
 * A department places many accepted dossiers in a draft submission, or takes many out, in one statement each: a
 * movement's 150 or 2,000 dossiers are one index range, not as many round trips. The conditions are those of
 * {@link Dossier#placeInDraft} and {@link Dossier#removeFromDraft} (an accepted dossier of the department's
 * programs, in at most one draft), and each dossier's version moves on as if it had been changed through the
 * aggregate, so that a page showing it before is refused a step (a placement writes no history, as one by one).
 */
@Component
public class DraftPlacements {

    private final JdbcClient jdbc;
    private final DossierRows rows;

    DraftPlacements(JdbcClient jdbc, DossierRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** The department's accepted dossiers in no draft that match the filter (its stage aside). */
    public DossierRows.Conditions acceptedOutsideDrafts(Actor staff, DossierFilter filter) {
        DossierFilter anyStage = new DossierFilter(filter.q(), filter.campaignId(), null, filter.awardFormId(),
                filter.unitId(), filter.districtId(), filter.nomineeType(), filter.frontline());
        return rows.where(staff).matching(anyStage).inStatus(Set.of(DossierStatus.ACCEPTED))
                .and("d.draft_submission_id is null");
    }

    public long count(DossierRows.Conditions where) {
        return jdbc.sql("select count(*) from dossier d where " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** Places every dossier matching in the draft; how many it placed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int placeAll(DossierRows.Conditions where, long draftId) {
        return jdbc.sql("update dossier d set draft_submission_id = :draft, version = d.version + 1 where " + where.sql())
                .params(where.params()).param("draft", draftId).update();
    }

    /** Takes these dossiers out of the draft, those of it the staff member may see; how many it took out. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int removeAll(Actor staff, Collection<Long> ids, long draftId) {
        if (ids.isEmpty()) {
            return 0;
        }
        DossierRows.Conditions where = rows.where(staff).inStatus(Set.of(DossierStatus.ACCEPTED))
                .and("d.draft_submission_id = :draft", "draft", draftId)
                .and("d.id in (:ids)", "ids", Set.copyOf(ids));
        return jdbc.sql("update dossier d set draft_submission_id = null, version = d.version + 1 where " + where.sql())
                .params(where.params()).update();
    }
}
