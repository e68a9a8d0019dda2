package vn.gov.sonla.awards.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Frozen copies of what a dossier said at each hand-over (submit, return, send to Home Affairs, forward,
 * decide), written in the step's transaction into the append-only {@code dossier_snapshot} table, and the
 * field-by-field difference between two of them (what the clerk changed after a return, for example).
 */
@Component
public class DossierSnapshots {

    /** The frozen fields, in the order the page shows them; some values are shown through a message key. */
    enum Field {
        campaign(null), awardForm(null), nomineeType("nomineeType."), nomineeName(null), nomineePosition(null),
        nomineeWorkplace(null), nomineeBirthYear(null), nomineeBirthDate(null), nomineeGender("gender."),
        nomineeNationalId(null), frontline("snapshot.bool."), posthumous("snapshot.bool."), collectiveParent(null),
        collectiveAddress(null), collectiveContacts(null), collectiveDescription(null), achievementSummary(null),
        criteria(null), noBreachDeclared("snapshot.bool."), attachments(null),
        status("status."), submissionNumber(null), appraisalEndorsed("snapshot.bool."), appraisalRemark(null),
        decisionNumber(null), decisionDate(null);

        final String valueKeyPrefix;

        Field(String valueKeyPrefix) {
            this.valueKeyPrefix = valueKeyPrefix;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> CONTENT = new TypeReference<>() { };

    private final JdbcClient jdbc;

    DossierSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void takeIfHandOver(Dossier dossier, DossierEvent step) {
        if (step.getFromStatus() == step.getToStatus() || !step.getToStatus().isHandOver()) {
            return;
        }
        jdbc.sql("""
                insert into dossier_snapshot (dossier_id, action, status, taken_at, taken_by, content)
                values (:dossier, :action, :status, :at, :by, cast(:content as jsonb))""")
                .param("dossier", dossier.getId())
                .param("action", step.getAction().name())
                .param("status", step.getToStatus().name())
                .param("at", Timestamp.from(step.getOccurredAt()))
                .param("by", step.getActorUsername())
                .param("content", JSON.writeValueAsString(content(dossier)))
                .update();
    }

    static Map<String, String> content(Dossier d) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(Field.campaign.name(), d.getCampaign().getShortName());
        c.put(Field.awardForm.name(), d.getAwardForm().getName());
        c.put(Field.nomineeType.name(), str(d.getNomineeType()));
        c.put(Field.nomineeName.name(), d.getNomineeName());
        c.put(Field.nomineePosition.name(), d.getNomineePosition());
        c.put(Field.nomineeBirthYear.name(), str(d.getNomineeBirthYear()));
        c.put(Field.nomineeGender.name(), str(d.getNomineeGender()));
        c.put(Field.nomineeWorkplace.name(), d.getNomineeWorkplace());
        c.put(Field.nomineeBirthDate.name(), str(d.getNomineeBirthDate()));
        c.put(Field.nomineeNationalId.name(), d.getNomineeNationalId());
        c.put(Field.frontline.name(), String.valueOf(d.isFrontline()));
        c.put(Field.posthumous.name(), String.valueOf(d.isPosthumous()));
        c.put(Field.collectiveParent.name(), d.getCollectiveParent());
        c.put(Field.collectiveAddress.name(), d.getCollectiveAddress());
        c.put(Field.collectiveContacts.name(), d.getCollectiveContacts());
        c.put(Field.collectiveDescription.name(), d.getCollectiveDescription());
        c.put(Field.achievementSummary.name(), d.getAchievementSummary());
        // the checklist as declared: "1 ✓ evidence" per criterion, one per line
        c.put(Field.criteria.name(), d.getCriteria().stream()
                .map(k -> k.getPosition() + (k.isMet() ? " ✓" : " ✗") + (k.getEvidence() == null ? "" : " " + k.getEvidence()))
                .collect(java.util.stream.Collectors.joining("\n")));
        c.put(Field.noBreachDeclared.name(), String.valueOf(d.isNoBreachDeclared()));
        c.put(Field.attachments.name(), d.getAttachments().stream()
                .map(a -> a.getFileName() + " (" + a.getSha256().substring(0, 12) + ")")
                .collect(java.util.stream.Collectors.joining("\n")));
        c.put(Field.status.name(), str(d.getStatus()));
        c.put(Field.submissionNumber.name(), d.getSubmissionNumber());
        c.put(Field.appraisalEndorsed.name(), str(d.getAppraisalEndorsed()));
        c.put(Field.appraisalRemark.name(), d.getAppraisalRemark());
        c.put(Field.decisionNumber.name(), d.getDecisionNumber());
        c.put(Field.decisionDate.name(), str(d.getDecisionDate()));
        return c;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** The snapshots of one dossier, oldest first (the caller has checked the dossier is in scope). */
    List<Snapshot> of(long dossierId) {
        return jdbc.sql("""
                select id, action, status, taken_at, taken_by, content::text as content
                  from dossier_snapshot where dossier_id = :dossier order by id""")
                .param("dossier", dossierId)
                .query((rs, n) -> new Snapshot(rs.getLong("id"), DossierAction.valueOf(rs.getString("action")),
                        DossierStatus.valueOf(rs.getString("status")), rs.getTimestamp("taken_at").toInstant(),
                        rs.getString("taken_by"), JSON.readValue(rs.getString("content"), CONTENT)))
                .list();
    }

    /** The fields that differ between two snapshots, in page order. */
    static List<Change> diff(Snapshot before, Snapshot after) {
        List<Change> changes = new ArrayList<>();
        for (Field field : Field.values()) {
            String a = before.content().get(field.name());
            String b = after.content().get(field.name());
            if (!Objects.equals(a, b)) {
                changes.add(new Change(field.name(), field.valueKeyPrefix, a, b));
            }
        }
        return changes;
    }

    /** One frozen copy. */
    public record Snapshot(long id, DossierAction action, DossierStatus status, Instant takenAt, String takenBy,
                           Map<String, String> content) {
    }

    /**
     * One changed field: its name (label key {@code snapshot.field.<name>}), and the values before and after;
     * when {@code valueKeyPrefix} is set, a value is shown as the message {@code <prefix><value>}.
     */
    public record Change(String field, String valueKeyPrefix, String before, String after) {
    }
}
