package vn.gov.sonla.awards.dossier.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends many history events with one statement, in the order given, which the hash chain keeps (its trigger links
 * each row to the one before it): the events of a step taken by a whole submission, the views a document listing
 * thousands of dossiers counts. The events themselves are never managed by Hibernate, which would insert them one by
 * one.
 */
@Component
class HistoryRows {

    private static final String INSERT = """
            insert into dossier_event (dossier_id, occurred_at, actor_username, actor_name, actor_unit_name, action,
                                       from_status, to_status, note)
            select x.dossier_id, x.occurred_at, x.actor_username, x.actor_name, x.actor_unit_name, x.action,
                   x.from_status, x.to_status, x.note
              from jsonb_to_recordset(cast(:rows as jsonb))
                   as x(seq int, dossier_id bigint, occurred_at timestamptz, actor_username varchar, actor_name varchar,
                        actor_unit_name varchar, action varchar, from_status varchar, to_status varchar, note text)
             order by x.seq""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    HistoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(List<DossierEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DossierEvent e : events) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("seq", rows.size());
            row.put("dossier_id", e.dossierId());
            row.put("occurred_at", e.getOccurredAt().toString());
            row.put("actor_username", e.getActorUsername());
            row.put("actor_name", e.getActorName());
            row.put("actor_unit_name", e.getActorUnitName());
            row.put("action", e.getAction().name());
            row.put("from_status", e.getFromStatus() == null ? null : e.getFromStatus().name());
            row.put("to_status", e.getToStatus().name());
            row.put("note", e.getNote());
            rows.add(row);
        }
        jdbc.sql(INSERT).param("rows", JSON.writeValueAsString(rows)).update();
    }
}
