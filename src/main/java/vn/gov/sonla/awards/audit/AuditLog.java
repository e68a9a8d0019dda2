package vn.gov.sonla.awards.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierStatus;

/**
 * The administrator's search over every event of every dossier: by user, by the user's unit, by dossier, by
 * kind of step and by time (days in the province's time zone, both ends included), newest first.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {


    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<Entry> search(AuditFilter filter, Pageable pageable) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.user() != null && !filter.user().isBlank()) {
            where.add("(e.actor_username ilike :user or e.actor_name ilike :user)");
            params.put("user", "%" + escapeLike(filter.user().strip()) + "%");
        }
        if (filter.unit() != null && !filter.unit().isBlank()) {
            where.add("e.actor_unit_name = :unit");
            params.put("unit", filter.unit());
        }
        if (filter.dossier() != null) {
            where.add("e.dossier_id = :dossier");
            params.put("dossier", filter.dossier());
        }
        if (filter.action() != null) {
            where.add("e.action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.from() != null) {
            where.add("e.occurred_at >= :from");
            params.put("from", java.sql.Timestamp.from(filter.from().atStartOfDay(ProvinceTime.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            where.add("e.occurred_at < :to");
            params.put("to", java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(ProvinceTime.ZONE).toInstant()));
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from dossier_event e" + condition).params(params)
                .query(Long.class).single();
        List<Entry> entries = jdbc.sql("""
                select e.id, e.chain_seq, e.dossier_id, d.nominee_name, e.occurred_at, e.actor_username, e.actor_name,
                       e.actor_unit_name, e.action, e.from_status, e.to_status, e.note, encode(e.hash, 'hex') as hash
                  from dossier_event e join dossier d on d.id = e.dossier_id""" + condition + " " + """
                 order by e.chain_seq desc limit :limit offset :offset""")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getLong("chain_seq"), rs.getLong("dossier_id"),
                        rs.getString("nominee_name"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_username"), rs.getString("actor_name"), rs.getString("actor_unit_name"),
                        DossierAction.valueOf(rs.getString("action")),
                        rs.getString("from_status") == null ? null : DossierStatus.valueOf(rs.getString("from_status")),
                        DossierStatus.valueOf(rs.getString("to_status")), rs.getString("note"), rs.getString("hash")))
                .list();
        return new PageImpl<>(entries, pageable, total);
    }

    /** The units that appear as actors' units in the history, for the search form. */
    public List<String> actorUnits() {
        return jdbc.sql("select distinct actor_unit_name from dossier_event order by actor_unit_name")
                .query(String.class).list();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The search criteria; every one may be left empty. */
    public record AuditFilter(String user, String unit, Long dossier, DossierAction action, LocalDate from,
                              LocalDate to) {
    }

    /** One event as the search lists it. */
    public record Entry(long id, long position, long dossierId, String nomineeName, Instant occurredAt,
                        String actorUsername, String actorName, String actorUnitName, DossierAction action,
                        DossierStatus fromStatus, DossierStatus toStatus, String note, String hash) {
    }
}
