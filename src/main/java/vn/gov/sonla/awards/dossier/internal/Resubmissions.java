package vn.gov.sonla.awards.dossier.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.dossier.Resubmission;

/**
 * Which dossiers of a queue page came back from their unit after a return, read from the frozen copies (one
 * statement for the page, by the index on the dossier): the last copy taken when the department returned it and the
 * last taken when the unit sent it again, later than that return.
 */
@Component
public class Resubmissions {

    private final JdbcClient jdbc;

    Resubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Resubmission> of(Collection<Long> dossierIds) {
        Map<Long, Resubmission> found = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select dossier_id, returned, resubmitted
                  from (select s.dossier_id,
                               max(s.id) filter (where s.action = 'RETURN') as returned,
                               max(s.id) filter (where s.action = 'SUBMIT') as resubmitted
                          from dossier_snapshot s
                         where s.dossier_id in (:ids)
                         group by s.dossier_id) x
                 where returned is not null and resubmitted > returned""")
                .param("ids", dossierIds)
                .query((rs, n) -> new Resubmission(rs.getLong("dossier_id"), rs.getLong("returned"), rs.getLong("resubmitted")))
                .list().forEach(r -> found.put(r.dossierId(), r));
        return found;
    }
}
