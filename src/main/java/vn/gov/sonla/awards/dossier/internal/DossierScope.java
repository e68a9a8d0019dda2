package vn.gov.sonla.awards.dossier.internal;

import java.util.List;

import org.springframework.data.jpa.domain.Specification;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.dossier.DossierStatus;

/**
 * Which dossiers a person may see at all. Every query that loads a dossier goes through this, so an id
 * outside one's scope is simply not found:
 * <ul>
 * <li>a clerk: the dossiers of their own unit;</li>
 * <li>compiling-department staff: dossiers of the campaigns their department compiles, once submitted;</li>
 * <li>Home Affairs: dossiers that reached it in a submission;</li>
 * <li>the chairman's office: dossiers forwarded to the chairman;</li>
 * <li>an administrator: none (administrators keep reference data and approve nothing).</li>
 * </ul>
 */
public final class DossierScope {

    private DossierScope() {
    }

    public static Specification<Dossier> visibleTo(Actor user) {
        return switch (user.role()) {
            case CLERK -> (root, query, cb) -> cb.equal(root.get("unit").get("id"), user.unitId());
            case DEPARTMENT -> (root, query, cb) -> cb.and(
                    cb.equal(root.get("campaign").get("compilingUnit").get("id"), user.unitId()),
                    cb.notEqual(root.get("status"), DossierStatus.DRAFT),
                    cb.notEqual(root.get("status"), DossierStatus.AT_UNIT_HEAD));
            case APPRAISER -> (root, query, cb) -> cb.isNotNull(root.get("placement").get("submissionId"));
            case CHAIRMAN_OFFICE -> (root, query, cb) -> root.get("status").in(DossierStatus.AT_OR_AFTER_CHAIRMAN);
            case ADMIN -> (root, query, cb) -> cb.disjunction();
        };
    }

    /**
     * The same scope as {@link #visibleTo}, as SQL conditions on the dossier {@code d} for the lists read by SQL
     * ({@link DossierRows}); {@code DossierScopingIntegrationTests} checks that both select the same dossiers.
     * {@code departmentCampaigns}: for a department, the campaigns it compiles (read just before).
     */
    static DossierRows.Conditions sqlVisibleTo(Actor user, List<Long> departmentCampaigns,
                                               DossierRows.Conditions where) {
        return switch (user.role()) {
            case CLERK -> where.withinOneUnit(user.unitId());
            case DEPARTMENT -> (departmentCampaigns.isEmpty() ? where.and("false")
                    : where.and("d.campaign_id in (:scopeCampaigns)", "scopeCampaigns", departmentCampaigns))
                    // not yet sent: still being written, or with the unit's head
                    .and("d.status <> 'DRAFT' and d.status <> 'AT_UNIT_HEAD'");
            case APPRAISER -> where.and("d.submission_id is not null");
            case CHAIRMAN_OFFICE -> where.inStatus(DossierStatus.AT_OR_AFTER_CHAIRMAN);
            case ADMIN -> where.and("false");
        };
    }

    public static Specification<Dossier> inDraft(long draftId) {
        return (root, query, cb) -> cb.equal(root.get("placement").get("draftId"), draftId);
    }

    public static Specification<Dossier> inSubmission(long submissionId) {
        return (root, query, cb) -> cb.equal(root.get("placement").get("submissionId"), submissionId);
    }
}
