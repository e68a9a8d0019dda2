package vn.gov.sonla.awards.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import vn.gov.sonla.awards.account.CurrentUser;

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
final class DossierScope {

    private DossierScope() {
    }

    static Specification<Dossier> visibleTo(CurrentUser user) {
        return switch (user.role()) {
            case CLERK -> (root, query, cb) -> cb.equal(root.get("unit").get("id"), user.unitId());
            case DEPARTMENT -> (root, query, cb) -> cb.and(
                    cb.equal(root.get("campaign").get("compilingUnit").get("id"), user.unitId()),
                    cb.notEqual(root.get("status"), DossierStatus.DRAFT));
            case APPRAISER -> (root, query, cb) -> cb.isNotNull(root.get("submissionId"));
            case CHAIRMAN_OFFICE -> (root, query, cb) -> root.get("status").in(DossierStatus.AT_OR_AFTER_CHAIRMAN);
            case ADMIN -> (root, query, cb) -> cb.disjunction();
        };
    }

    /** The filters of the clerk's list; the name matches ignoring case and Vietnamese diacritics. */
    static Specification<Dossier> matching(DossierFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.query() != null) {
                // every word typed must appear in the name, in any order, ignoring case and diacritics
                for (String word : filter.query().toLowerCase(Locale.ROOT).split("\\s+")) {
                    String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    predicates.add(cb.like(root.get("nomineeSearch"),
                            cb.function("awards_unaccent", String.class, cb.literal(pattern)), '\\'));
                }
            }
            if (filter.campaignId() != null) {
                predicates.add(cb.equal(root.get("campaign").get("id"), filter.campaignId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.awardFormId() != null) {
                predicates.add(cb.equal(root.get("awardForm").get("id"), filter.awardFormId()));
            }
            if (filter.unitId() != null) {
                predicates.add(cb.equal(root.get("unit").get("id"), filter.unitId()));
            }
            if (filter.districtId() != null && filter.districtId() == DossierFilter.PROVINCIAL_LEVEL) {
                // units of the province itself: not a district and not placed under one (as the reports count them)
                var unit = root.join("unit");
                var parent = unit.join("parent", jakarta.persistence.criteria.JoinType.LEFT);
                var district = vn.gov.sonla.awards.organisation.UnitType.DISTRICT;
                predicates.add(cb.and(cb.notEqual(unit.get("type"), district),
                        cb.or(cb.isNull(parent.get("id")), cb.notEqual(parent.get("type"), district))));
            } else if (filter.districtId() != null) {
                // the district's own People's Committee, or a unit placed under it
                predicates.add(cb.or(cb.equal(root.get("unit").get("id"), filter.districtId()),
                        cb.equal(root.get("unit").get("parent").get("id"), filter.districtId())));
            }
            if (filter.nomineeType() != null) {
                predicates.add(cb.equal(root.get("nomineeType"), filter.nomineeType()));
            }
            if (filter.frontline() != null) {
                predicates.add(cb.equal(root.get("frontline"), filter.frontline()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Older than a dossier (ids grow with time): the rows after it in a newest-first list. */
    static Specification<Dossier> olderThan(long id) {
        return (root, query, cb) -> cb.lessThan(root.get("id"), id);
    }

    static Specification<Dossier> newerThan(long id) {
        return (root, query, cb) -> cb.greaterThan(root.get("id"), id);
    }

    static Specification<Dossier> hasId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

    static Specification<Dossier> inStatus(Set<DossierStatus> statuses) {
        return (root, query, cb) -> root.get("status").in(statuses);
    }

    static Specification<Dossier> inDraft(long draftId) {
        return (root, query, cb) -> cb.equal(root.get("draftSubmissionId"), draftId);
    }

    static Specification<Dossier> outsideDrafts() {
        return (root, query, cb) -> cb.isNull(root.get("draftSubmissionId"));
    }

    static Specification<Dossier> inSubmission(long submissionId) {
        return (root, query, cb) -> cb.equal(root.get("submissionId"), submissionId);
    }
}
