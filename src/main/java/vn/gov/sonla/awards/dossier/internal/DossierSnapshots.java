package vn.gov.sonla.awards.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierFacts;
import vn.gov.sonla.awards.dossier.DossierStatus;

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
    private final ObjectProvider<DossierFacts> facts;
    private final EntityManager entityManager;
    private final NationalIdCipher nationalIds;

    /** The facts of other modules are looked up when a copy is frozen (they depend on this module's steps). */
    DossierSnapshots(JdbcClient jdbc, ObjectProvider<DossierFacts> facts, EntityManager entityManager,
                     NationalIdCipher nationalIds) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.entityManager = entityManager;
        this.nationalIds = nationalIds;
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
                .param("content", JSON.writeValueAsString(content(dossier, otherModulesFacts(List.of(dossier.getId()))
                        .getOrDefault(dossier.getId(), Map.of()))))
                .update();
    }

    /**
     * {@link #takeIfHandOver} for the steps of many dossiers taken at once, in one statement, the other modules' facts
     * read for all of them at once.
     */
    void takeAllIfHandOver(List<ManySteps.Taken> taken) {
        List<ManySteps.Taken> handOvers = taken.stream()
                .filter(t -> t.step().getFromStatus() != t.step().getToStatus() && t.step().getToStatus().isHandOver())
                .toList();
        if (handOvers.isEmpty()) {
            return;
        }
        List<Long> ids = handOvers.stream().map(t -> t.dossier().getId()).distinct().toList();
        Map<Long, Map<String, String>> others = otherModulesFacts(ids);
        Map<Long, String> criteria = criteriaListed(ids);
        Map<Long, String> attachments = attachmentsListed(ids);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ManySteps.Taken t : handOvers) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("seq", rows.size());
            row.put("dossier_id", t.dossier().getId());
            row.put("action", t.step().getAction().name());
            row.put("status", t.step().getToStatus().name());
            row.put("taken_at", t.step().getOccurredAt().toString());
            row.put("taken_by", t.step().getActorUsername());
            long id = t.dossier().getId();
            row.put("content", content(t.dossier(), criteria.getOrDefault(id, ""), attachments.getOrDefault(id, ""),
                    others.getOrDefault(id, Map.of())));
            rows.add(row);
        }
        jdbc.sql("""
                insert into dossier_snapshot (dossier_id, action, status, taken_at, taken_by, content)
                select x.dossier_id, x.action, x.status, x.taken_at, x.taken_by, x.content
                  from jsonb_to_recordset(cast(:rows as jsonb))
                       as x(seq int, dossier_id bigint, action varchar, status varchar, taken_at timestamptz,
                            taken_by varchar, content jsonb)
                 order by x.seq""")
                .param("rows", JSON.writeValueAsString(rows))
                .update();
    }

    /** The frozen fields of the dossier as it is now, with the facts other modules keep of it. */
    Map<String, String> content(Dossier d, Map<String, String> otherModulesFacts) {
        return content(d,
                d.getCriteria().stream().map(k -> criterionLine(k.getPosition(), k.isMet(), k.getEvidence()))
                        .collect(Collectors.joining("\n")),
                d.getAttachments().stream().map(a -> attachmentLine(a.getFileName(), a.getSha256()))
                        .collect(Collectors.joining("\n")),
                otherModulesFacts);
    }

    /**
     * The frozen fields, the checklist and the files given as their lines: read for many dossiers at once as plain
     * rows, they cost a fraction of loading them as entities.
     */
    private Map<String, String> content(Dossier d, String criteriaLines, String attachmentLines,
                                        Map<String, String> otherModulesFacts) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(Field.campaign.name(), d.getCampaign().getShortName());
        c.put(Field.awardForm.name(), d.getAwardForm().getName());
        c.put(Field.nomineeType.name(), str(d.getNomineeType()));
        c.put(Field.nomineeName.name(), d.getNomineeName());
        c.put(Field.nomineePosition.name(), d.getNominee().position());
        c.put(Field.nomineeBirthYear.name(), str(d.getNominee().birthYear()));
        c.put(Field.nomineeGender.name(), str(d.getNominee().gender()));
        c.put(Field.nomineeWorkplace.name(), d.getNominee().workplace());
        c.put(Field.nomineeBirthDate.name(), str(d.getNominee().birthDate()));
        // frozen sealed like the dossier's own column; opened again when read (of)
        c.put(Field.nomineeNationalId.name(), nationalIds.seal(d.getNominee().nationalId()));
        c.put(Field.frontline.name(), String.valueOf(d.getNominee().frontline()));
        c.put(Field.posthumous.name(), String.valueOf(d.getNominee().posthumous()));
        c.put(Field.collectiveParent.name(), d.getNominee().parentUnit());
        c.put(Field.collectiveAddress.name(), d.getNominee().address());
        c.put(Field.collectiveContacts.name(), d.getNominee().contacts());
        c.put(Field.collectiveDescription.name(), d.getNominee().description());
        c.put(Field.achievementSummary.name(), d.getAchievementSummary());
        c.put(Field.criteria.name(), criteriaLines);
        c.put(Field.noBreachDeclared.name(), String.valueOf(d.isNoBreachDeclared()));
        c.put(Field.attachments.name(), attachmentLines);
        c.put(Field.status.name(), str(d.getStatus()));
        c.put(Field.submissionNumber.name(), d.getSubmissionNumber());
        // what Home Affairs and the chairman's office decided is kept by their modules
        for (Field field : List.of(Field.appraisalEndorsed, Field.appraisalRemark, Field.decisionNumber, Field.decisionDate)) {
            c.put(field.name(), null);
        }
        c.putAll(otherModulesFacts);
        return c;
    }

    /** The checklist as declared: "1 ✓ evidence" per criterion, one per line. */
    private static String criterionLine(int position, boolean met, String evidence) {
        return position + (met ? " ✓" : " ✗") + (evidence == null ? "" : " " + evidence);
    }

    /** A file as its name and the start of its SHA-256. */
    private static String attachmentLine(String fileName, String sha256) {
        return fileName + " (" + sha256.substring(0, 12) + ")";
    }

    /** The checklists of many dossiers as {@link #criterionLine} lists them, in the order of the dossier's list. */
    private Map<Long, String> criteriaListed(List<Long> dossierIds) {
        return linesOf("""
                        select dossier_id, position, met, evidence from dossier_criterion
                         where dossier_id = any(:ids) order by dossier_id, position""", dossierIds,
                (rs, n) -> criterionLine(rs.getInt("position"), rs.getBoolean("met"), rs.getString("evidence")));
    }

    /** The files of many dossiers as {@link #attachmentLine} lists them, in the order of the dossier's list. */
    private Map<Long, String> attachmentsListed(List<Long> dossierIds) {
        return linesOf("""
                        select dossier_id, file_name, sha256 from dossier_attachment
                         where dossier_id = any(:ids) order by dossier_id, id""", dossierIds,
                (rs, n) -> attachmentLine(rs.getString("file_name"), rs.getString("sha256")));
    }

    /** One line per row of the query, joined per dossier ({@code dossier_id}); a dossier with no row has none. */
    private Map<Long, String> linesOf(String sql, List<Long> dossierIds, RowMapper<String> line) {
        Map<Long, StringJoiner> lines = new HashMap<>();
        jdbc.sql(sql).param("ids", new SqlArrayValue("bigint", dossierIds.toArray())).query(rs -> {
            lines.computeIfAbsent(rs.getLong("dossier_id"), k -> new StringJoiner("\n")).add(line.mapRow(rs, 0));
        });
        Map<Long, String> joined = new HashMap<>();
        lines.forEach((id, each) -> joined.put(id, each.toString()));
        return joined;
    }

    /**
     * The facts other modules keep, read without flushing the step being taken: they do not depend on it, and a
     * flush here would write the dossier's row early, waiting on whoever else holds it instead of failing at commit.
     */
    private Map<Long, Map<String, String>> otherModulesFacts(List<Long> dossierIds) {
        Session session = entityManager.unwrap(Session.class);
        FlushMode mode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            Map<Long, Map<String, String>> frozen = new LinkedHashMap<>();
            facts.forEach(f -> f.frozen(dossierIds).forEach((id, fields) ->
                    frozen.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(fields)));
            return frozen;
        } finally {
            session.setHibernateFlushMode(mode);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** The snapshots of one dossier, oldest first (the caller has checked the dossier is in scope). */
    public List<Snapshot> of(long dossierId) {
        return jdbc.sql("""
                select id, action, status, taken_at, taken_by, content::text as content
                  from dossier_snapshot where dossier_id = :dossier order by id""")
                .param("dossier", dossierId)
                .query((rs, n) -> new Snapshot(rs.getLong("id"), DossierAction.valueOf(rs.getString("action")),
                        DossierStatus.valueOf(rs.getString("status")), rs.getTimestamp("taken_at").toInstant(),
                        rs.getString("taken_by"), opened(JSON.readValue(rs.getString("content"), CONTENT))))
                .list();
    }

    /**
     * The content with the ID card number in clear. A copy frozen under a key since removed from the keys shows
     * none: frozen copies are never rewritten, so a retired key stays listed while its copies should stay readable.
     */
    private LinkedHashMap<String, String> opened(LinkedHashMap<String, String> content) {
        String id = content.get(Field.nomineeNationalId.name());
        if (NationalIdCipher.isSealed(id)) {
            content.put(Field.nomineeNationalId.name(), nationalIds.canOpen(id) ? nationalIds.open(id) : null);
        }
        return content;
    }

    /** The fields that differ between two snapshots, in page order. */
    public static List<Change> diff(Snapshot before, Snapshot after) {
        List<Change> changes = new ArrayList<>();
        for (Field field : Field.values()) {
            String a = before.content().get(field.name());
            String b = after.content().get(field.name());
            if (!Objects.equals(a, b)) {
                changes.add(new Change(field.name(), field.valueKeyPrefix, shown(a), shown(b)));
            }
        }
        return changes;
    }

    /** A date is kept as 2021-09-16 in the copy and shown as every date of the pages is: 16/09/2021. */
    private static String shown(String value) {
        if (value != null && ISO_DATE.matcher(value).matches()) {
            return LocalDate.parse(value).format(SHOWN_DATE);
        }
        return value;
    }

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
