package vn.gov.sonla.awards.song;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.common.NotFoundException;

/** The ledger's entries as rows: the columns read with each entry (its recorder, school, receipt, confirmation, reversal). */
final class EntryRows {

    static final String COLUMNS = """
            e.id, e.kind, e.recorded_at, e.recorded_by_name, ru.name as recorded_by_unit_name, e.contributor_type,
            e.contributor_unit_id, e.contributor_name, e.publish_name, e.given_on, e.money, e.device_kind, e.device_count,
            e.device_value, e.villages_covered, e.coverage, e.district_id, du.name as district_name,
            coalesce(s.commune, e.commune) as commune, e.school_id, s.name as school_name, e.evidence_id,
            ev.file_name as evidence_name, e.reverses_id, e.replaces_id, e.reason, c.confirmed_at, c.confirmed_by_name,
            r.id as reversed_by_id, e.recorded_by_unit_id
            from song_entry e
            join unit ru on ru.id = e.recorded_by_unit_id
            left join unit du on du.id = e.district_id
            left join song_school s on s.id = e.school_id
            left join song_evidence ev on ev.id = e.evidence_id
            left join song_confirmation c on c.entry_id = e.id
            left join song_entry r on r.reverses_id = e.id
            """;

    private EntryRows() {
    }

    static LedgerEntry find(JdbcClient jdbc, long id) {
        return jdbc.sql("select " + COLUMNS + " where e.id = ?").param(id).query(EntryRows::map).optional()
                .orElseThrow(() -> new NotFoundException("ledger entry " + id));
    }

    static LedgerEntry map(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("contributor_type");
        String device = rs.getString("device_kind");
        java.sql.Timestamp confirmed = rs.getTimestamp("confirmed_at");
        return new LedgerEntry(rs.getLong("id"), EntryKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by_name"),
                rs.getString("recorded_by_unit_name"), type == null ? null : ContributorType.valueOf(type),
                rs.getObject("contributor_unit_id", Long.class), rs.getString("contributor_name"),
                rs.getBoolean("publish_name"), rs.getObject("given_on", LocalDate.class), rs.getLong("money"),
                device == null ? null : DeviceKind.valueOf(device.toUpperCase(Locale.ROOT)), rs.getInt("device_count"),
                rs.getLong("device_value"), rs.getInt("villages_covered"), rs.getString("coverage"),
                rs.getObject("district_id", Long.class), rs.getString("district_name"), rs.getString("commune"),
                rs.getObject("school_id", Long.class), rs.getString("school_name"), rs.getObject("evidence_id", Long.class),
                rs.getString("evidence_name"), rs.getObject("reverses_id", Long.class),
                rs.getObject("replaces_id", Long.class), rs.getString("reason"),
                confirmed == null ? null : confirmed.toInstant(), rs.getString("confirmed_by_name"),
                rs.getObject("reversed_by_id", Long.class), rs.getLong("recorded_by_unit_id"));
    }
}
