package vn.gov.sonla.awards.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.gov.sonla.awards.common.ProvinceTime;

/**
 * The daily checkpoints of the history: once a day the whole chain is checked (also against the earlier
 * checkpoints) and, when intact, its number of events and the hash of its last event are recorded in the
 * append-only table {@code audit_checkpoint}. The audit page shows them so that an auditor prints or keeps them
 * outside the database, where nobody who can change the database can change them too.
 */
@Service
public class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;
    private final AuditChain chain;
    private final Clock clock;

    AuditCheckpoints(JdbcClient jdbc, AuditChain chain, Clock clock) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.clock = clock;
    }

    /** Every day shortly after midnight, province time ({@code awards.audit.checkpoint-cron}). */
    @Scheduled(cron = "${awards.audit.checkpoint-cron:0 10 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "audit-checkpoint", lockAtLeastFor = "PT5M")
    public void daily() {
        record(clock.instant());
    }

    /**
     * Checks the chain and records the checkpoint of the day of {@code now}; answers it, or nothing when the chain is
     * broken (which is logged) or empty, or that day already has one.
     */
    public Optional<Checkpoint> record(Instant now) {
        AuditChain.Verdict verdict = chain.verify(anchors());
        if (!verdict.intact()) {
            log.error("No audit checkpoint recorded: {}", verdict.describe());
            return Optional.empty();
        }
        if (verdict.checked() == 0) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(now, ProvinceTime.ZONE);
        int inserted = jdbc.sql("""
                        insert into audit_checkpoint (taken_on, taken_at, event_count, head_hash)
                        values (?, ?, ?, decode(?, 'hex'))
                        on conflict (taken_on) do nothing""")
                .param(day).param(Timestamp.from(now)).param(verdict.checked()).param(verdict.lastHash())
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        Checkpoint checkpoint = new Checkpoint(day, now, verdict.checked(), verdict.lastHash());
        log.info("Audit checkpoint of {}: {}", day, checkpoint.anchor());
        return Optional.of(checkpoint);
    }

    /** The latest checkpoints, newest first. */
    public List<Checkpoint> recent(int limit) {
        return jdbc.sql("""
                        select taken_on, taken_at, event_count, head_hash from audit_checkpoint
                         order by taken_on desc limit ?""")
                .param(limit)
                .query((rs, n) -> new Checkpoint(rs.getObject("taken_on", LocalDate.class),
                        rs.getTimestamp("taken_at").toInstant(), rs.getLong("event_count"),
                        HEX.formatHex(rs.getBytes("head_hash"))))
                .list();
    }

    /** Every recorded checkpoint as a prefix the chain must still have. */
    public List<AuditChain.Anchor> anchors() {
        return jdbc.sql("select event_count, head_hash from audit_checkpoint order by event_count")
                .query((rs, n) -> new AuditChain.Anchor(rs.getLong(1), HEX.formatHex(rs.getBytes(2))))
                .list();
    }

    /** The state of the chain on a day: how many events it had, and the hash of the last one. */
    public record Checkpoint(LocalDate takenOn, Instant takenAt, long eventCount, String headHash) {

        /** As {@code --verify-audit --expect=} takes it. */
        public String anchor() {
            return eventCount + ":" + headHash;
        }
    }
}
