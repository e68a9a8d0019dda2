package vn.gov.sonla.awards.report;

import java.util.Map;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ForbiddenException;

/**
 * Whose figures a person sees, as SQL over {@code dossier d join campaign c}:
 * <ul>
 * <li>Home Affairs and the chairman's office: the whole province (every dossier once filed, drafts excluded);</li>
 * <li>compiling-department staff: the programs their department compiles (drafts excluded, as in its queue);</li>
 * <li>a clerk: the dossiers of their own unit, drafts included;</li>
 * <li>an administrator: nothing — administrators keep reference data and see no dossier (403 at the web edge).</li>
 * </ul>
 * Grassroots Giấy khen ({@code grassroots_decision g}) follow the same rule on the unit or the campaign.
 * A scope made of whole programs also has {@code campaignCondition}, over {@code campaign c} alone: its figures
 * are read from the report tallies kept by program and month (V61, V62); a unit's own figures are counted from its
 * dossiers, which are few. Such a scope's {@code submissionCondition}, over {@code submission s}, finds the decisions on
 * its submissions: a department's are those on the submissions it sent.
 */
record ReportScope(String dossierCondition, String grassrootsCondition, String campaignCondition,
                   String submissionCondition, Map<String, Object> params) {

    /** A dossier its unit has sent: no longer being written, nor waiting for the unit's head. */
    static final String SENT = "d.status not in ('DRAFT', 'AT_UNIT_HEAD')";

    static ReportScope of(Actor user) {
        return of(user.role(), user.unitId());
    }

    static ReportScope of(Role role, Long unitId) {
        return switch (role) {
            case APPRAISER, CHAIRMAN_OFFICE -> new ReportScope(SENT, "true", "true", "true", Map.of());
            case DEPARTMENT -> new ReportScope("c.compiling_unit_id = :scopeUnit and " + SENT,
                    "gc.compiling_unit_id = :scopeUnit", "c.compiling_unit_id = :scopeUnit",
                    "s.department_unit_id = :scopeUnit", Map.of("scopeUnit", unitId));
            case CLERK -> new ReportScope("d.unit_id = :scopeUnit", "g.unit_id = :scopeUnit", null, null,
                    Map.of("scopeUnit", unitId));
            case ADMIN -> throw new ForbiddenException("reports.forbidden");
        };
    }

    /** Whether the figures come from the tallies (whole programs) rather than from counting dossiers. */
    boolean tallied() {
        return campaignCondition != null;
    }
}
