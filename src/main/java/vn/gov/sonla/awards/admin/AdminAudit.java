package vn.gov.sonla.awards.admin;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ReferenceDataChanged;

/** The administration log: appended in the transaction of each change, never updated. */
@Component
class AdminAudit {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdminAudit(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Must run inside the change's own transaction, so that a change and its record stand or fall together. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(Actor actor, AuditAction action, String target, String details) {
        jdbc.sql("insert into admin_audit (occurred_at, actor_username, action, target, details) values (?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor.username(), action.name(), target, details)
                .update();
        // cached choice lists (common.ReferenceCache) are read again once this change is committed
        events.publishEvent(new ReferenceDataChanged(action.name()));
    }

    @Transactional(readOnly = true)
    List<Entry> recent(int limit) {
        return jdbc.sql("select occurred_at, actor_username, action, target, details from admin_audit order by id desc limit ?")
                .param(limit)
                .query((rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        AuditAction.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** One line of the log. */
    record Entry(Instant occurredAt, String actor, AuditAction action, String target, String details) {
    }
}
