package vn.gov.sonla.awards.dossier.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Neighbours;
import vn.gov.sonla.awards.dossier.Neighbours.Neighbour;

/**
 * The dossiers next to one in the list its reader works through, each found by an index range (never by reading
 * the whole list): Home Affairs and the chairman's office go through a submission, individuals first then by id,
 * as its page lists it; a department through its draft in the same order, or through its queue waiting for review,
 * newest first.
 */
@Component
public class DossierNeighbours {

    /** Before in a submission's order (individuals first, then by id): the nearest earlier row. */
    private static final String BEFORE_IN_SUBMISSION = """
            (d.nominee_type > :type or (d.nominee_type = :type and d.id < :id))""";
    private static final String AFTER_IN_SUBMISSION = """
            (d.nominee_type < :type or (d.nominee_type = :type and d.id > :id))""";

    private final JdbcClient jdbc;
    private final DossierRows rows;

    DossierNeighbours(JdbcClient jdbc, DossierRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public Neighbours of(Dossier dossier, Actor user) {
        if (user.role() == Role.DEPARTMENT && dossier.getDraftSubmissionId() != null) {
            return inSubmissionOrder(dossier, user, "draft", dossier.getDraftSubmissionId(), "d.draft_submission_id = :list");
        }
        if (user.role() == Role.DEPARTMENT && dossier.getStatus() == DossierStatus.SUBMITTED) {
            String stage = "d.status = 'SUBMITTED'";
            // the queue lists the newest first: the one before has the next larger id
            return new Neighbours("queue", null,
                    nearest(user, stage + " and d.id > :id", "d.id asc", dossier),
                    nearest(user, stage + " and d.id < :id", "d.id desc", dossier));
        }
        if (dossier.getSubmissionId() != null && (user.role() == Role.APPRAISER || user.role() == Role.CHAIRMAN_OFFICE
                || user.role() == Role.DEPARTMENT)) {
            return inSubmissionOrder(dossier, user, "submission", dossier.getSubmissionId(), "d.submission_id = :list");
        }
        return Neighbours.NONE;
    }

    private Neighbours inSubmissionOrder(Dossier dossier, Actor user, String list, long listId, String inList) {
        return new Neighbours(list, listId,
                nearest(user, inList + " and " + BEFORE_IN_SUBMISSION, "d.nominee_type asc, d.id desc", dossier, listId),
                nearest(user, inList + " and " + AFTER_IN_SUBMISSION, "d.nominee_type desc, d.id asc", dossier, listId));
    }

    private Neighbour nearest(Actor user, String condition, String order, Dossier dossier) {
        return nearest(user, condition, order, dossier, null);
    }

    private Neighbour nearest(Actor user, String condition, String order, Dossier dossier, Long listId) {
        DossierRows.Conditions where = rows.where(user).and(condition, "id", dossier.getId());
        var statement = jdbc.sql("select d.id, d.nominee_name from dossier d where " + where.sql()
                        + " order by " + order + " limit 1")
                .params(where.params());
        if (condition.contains(":type")) {
            statement = statement.param("type", dossier.getNomineeType().name());
        }
        if (listId != null) {
            statement = statement.param("list", listId);
        }
        List<Neighbour> found = statement.query((rs, n) -> new Neighbour(rs.getLong("id"), rs.getString("nominee_name"))).list();
        return found.isEmpty() ? null : found.get(0);
    }
}
