package vn.gov.sonla.awards.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the hash chain of the dossier history from its first event to its last: each event's
 * {@code prev_hash} must be the hash of the event before it, its position must follow the previous one
 * without a gap, and its own hash must be the SHA-256 of its stored fields and the previous hash — rebuilt
 * here in Java, independently of the database function that wrote it. Reports the first broken link.
 *
 * <p>What the chain cannot show by itself: events cut off at the very end, and a history rewritten by someone who
 * can disable the triggers and recomputes every later hash with the database's own digest function. Against both,
 * the chain is compared with prefixes noted outside the database ({@link Anchor}: the daily checkpoints that the
 * audit page shows for printing, and {@code --verify-audit --expect=COUNT:HASH}).
 */
@Service
public class AuditChain {

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Walks the whole chain in one consistent snapshot of the table. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verdict verify() {
        return verify(List.of());
    }

    /**
     * Walks the whole chain and also requires it to begin with each anchor's prefix: the event at the anchor's
     * position must carry the anchor's hash. A history rewritten with every later hash recomputed is intact as a
     * chain, but no longer has the prefix an auditor noted before.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verdict verify(Collection<Anchor> anchors) {
        Walker walker = new Walker(anchors);
        jdbc.sql("""
                select id, chain_seq, dossier_id, occurred_at, actor_username, actor_name, actor_unit_name, action,
                       from_status, to_status, note, prev_hash, hash
                  from dossier_event order by chain_seq""")
                .withFetchSize(500)
                .query((RowCallbackHandler) walker);
        return walker.verdict();
    }

    /** The hash the chain expects for an event with these stored fields after an event whose hash is {@code prev}. */
    static byte[] digest(byte[] prev, long dossierId, Instant occurredAt, String actorUsername, String actorName,
                         String actorUnitName, String action, String fromStatus, String toStatus, String note) {
        long micros = Math.multiplyExact(occurredAt.getEpochSecond(), 1_000_000L) + occurredAt.getNano() / 1_000;
        String text = String.join("|",
                field(prev == null ? null : HEX.formatHex(prev)),
                field(Long.toString(dossierId)),
                field(Long.toString(micros)),
                field(actorUsername), field(actorName), field(actorUnitName), field(action),
                field(fromStatus), field(toStatus), field(note));
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** "~" for null, otherwise the length in characters (code points, as PostgreSQL counts), a colon, the value. */
    private static String field(String value) {
        return value == null ? "~" : value.codePointCount(0, value.length()) + ":" + value;
    }

    /**
     * A prefix of the chain noted outside the database: its number of events and the hash of the last of them, as
     * a daily checkpoint shows them and {@code --expect=COUNT:HASH} takes them.
     */
    public record Anchor(long count, String hash) {

        private static final Pattern TEXT = Pattern.compile("(\\d{1,18}):([0-9a-fA-F]{64})");

        public Anchor {
            if (count < 1 || hash == null || !TEXT.matcher(count + ":" + hash).matches()) {
                throw new IllegalArgumentException("A checkpoint is COUNT:HASH, the number of events (at least 1) and "
                                                   + "the 64 hexadecimal digits of the last one's hash");
            }
            hash = hash.toLowerCase(Locale.ROOT);
        }

        /** Reads {@code COUNT:HASH}. */
        public static Anchor parse(String text) {
            Matcher m = TEXT.matcher(text == null ? "" : text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("A checkpoint is COUNT:HASH, the number of events and the 64 "
                                                   + "hexadecimal digits of the last one's hash, not: " + text);
            }
            return new Anchor(Long.parseLong(m.group(1)), m.group(2));
        }

        @Override
        public String toString() {
            return count + ":" + hash;
        }
    }

    private static final class Walker implements RowCallbackHandler {

        private final Map<Long, byte[]> anchors = new HashMap<>();
        private long checked;
        private long expectedSeq = 1;
        private byte[] previousHash;
        private Verdict broken;

        Walker(Collection<Anchor> anchors) {
            for (Anchor a : anchors) {
                this.anchors.put(a.count(), HEX.parseHex(a.hash()));
            }
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (broken != null) {
                return;
            }
            long id = rs.getLong("id");
            long seq = rs.getLong("chain_seq");
            byte[] prev = rs.getBytes("prev_hash");
            byte[] hash = rs.getBytes("hash");
            Instant at = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
            if (seq != expectedSeq) {
                broken = Verdict.broken(checked, id, seq, Problem.MISSING_EVENTS);
            } else if (!Arrays.equals(prev, previousHash)) {
                broken = Verdict.broken(checked, id, seq, Problem.LINK_MISMATCH);
            } else if (!Arrays.equals(hash, digest(prev, rs.getLong("dossier_id"), at, rs.getString("actor_username"),
                    rs.getString("actor_name"), rs.getString("actor_unit_name"), rs.getString("action"),
                    rs.getString("from_status"), rs.getString("to_status"), rs.getString("note")))) {
                broken = Verdict.broken(checked, id, seq, Problem.CONTENT_CHANGED);
            } else if (anchors.containsKey(seq) && !Arrays.equals(hash, anchors.get(seq))) {
                broken = Verdict.broken(checked, id, seq, Problem.CHECKPOINT_MISMATCH);
            } else {
                checked++;
                expectedSeq++;
                previousHash = hash;
            }
        }

        Verdict verdict() {
            if (broken != null) {
                return broken;
            }
            long furthest = anchors.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            if (furthest > checked) {
                return new Verdict(false, checked, null, furthest, Problem.CHECKPOINT_BEYOND_END, null);
            }
            return new Verdict(true, checked, null, null, null, previousHash == null ? null : HEX.formatHex(previousHash));
        }
    }

    /** What is wrong at the first broken link. */
    public enum Problem {
        /** The event's stored fields no longer give its hash: it was changed after it was written. */
        CONTENT_CHANGED,
        /** The event does not point to the hash of the event before it: an event was removed, replaced or inserted. */
        LINK_MISMATCH,
        /** The chain positions jump: events are missing before this one. */
        MISSING_EVENTS,
        /**
         * The event at a checkpoint's position does not carry the checkpoint's hash: the history up to there was
         * rewritten (and the later hashes recomputed) since the checkpoint was noted.
         */
        CHECKPOINT_MISMATCH,
        /** The chain is shorter than a checkpoint: events were cut off its end since the checkpoint was noted. */
        CHECKPOINT_BEYOND_END;

        public String labelKey() {
            return "audit.problem." + name();
        }
    }

    /**
     * The result of a check: intact, with the number of events and the last hash; or the first broken link
     * (the event's id and chain position) and what is wrong with it, after {@code checked} good events.
     */
    public record Verdict(boolean intact, long checked, Long brokenEventId, Long brokenPosition, Problem problem,
                          String lastHash) implements java.io.Serializable { // shown once after a redirect, from the session

        static Verdict broken(long checked, long eventId, long position, Problem problem) {
            return new Verdict(false, checked, eventId, position, problem, null);
        }

        /** One line for the console. */
        public String describe() {
            if (problem == Problem.CHECKPOINT_BEYOND_END) {
                return "Audit chain BROKEN: it has " + checked + " events, a checkpoint expects at least " + brokenPosition
                       + " — events were removed from its end";
            }
            return intact
                    ? "Audit chain intact: " + checked + " events verified"
                      + (lastHash == null ? " (no events yet)" : "; last hash " + lastHash)
                    : "Audit chain BROKEN at event id " + brokenEventId + " (position " + brokenPosition + "): "
                      + problem + " — " + checked + " events before it verified";
        }
    }
}
