package vn.gov.sonla.awards.song;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;

/**
 * The ledger's entries as read: page by page for its readers, one with its correction, those waiting for
 * confirmation, the whole ledger for its export, a contributor's standing gifts, and an entry's receipt.
 */
@Service
public class LedgerEntries {

    private final JdbcClient jdbc;
    private final SongLedger ledger;

    LedgerEntries(JdbcClient jdbc, SongLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** One entry, for whoever may read it: the whole ledger's readers, or the clerk of the unit that recorded it or gave. */
    public LedgerEntry entry(long id, Actor who) {
        LedgerEntry e = EntryRows.find(jdbc, id);
        if (!ledger.readsAll(who) && !(who.role() == Role.CLERK && (e.recordedByUnitId() == who.unitId()
                || (e.contributorUnitId() != null && e.contributorUnitId() == who.unitId())))) {
            throw new NotFoundException("ledger entry " + id);
        }
        return e;
    }

    /** The entries one may read, newest first, {@code size} at a time before the id {@code before} (null: the newest). */
    public List<LedgerEntry> entries(Actor who, Long before, int size) {
        if (!ledger.readsAll(who) && who.role() != Role.CLERK) {
            throw new ForbiddenException("song.forbidden");
        }
        String scope = ledger.readsAll(who) ? "true" : "(e.recorded_by_unit_id = :unit or e.contributor_unit_id = :unit)";
        return jdbc.sql("select " + EntryRows.COLUMNS + " where " + scope + " and e.id < :before order by e.id desc limit :size")
                .param("unit", who.unitId()).param("before", before == null ? Long.MAX_VALUE : before).param("size", size)
                .query(EntryRows::map).list();
    }

    /** The entries of an entry's correction: what it reverses or replaces, and what reversed or replaced it. */
    public List<LedgerEntry> related(LedgerEntry entry) {
        return jdbc.sql("select " + EntryRows.COLUMNS + """
                 where e.id <> :id and (e.id = :reverses or e.id = :replaces or e.reverses_id = :id or e.replaces_id = :id)
                 order by e.id""")
                .param("id", entry.id()).param("reverses", entry.reversesId() == null ? -1L : entry.reversesId())
                .param("replaces", entry.replacesId() == null ? -1L : entry.replacesId())
                .query(EntryRows::map).list();
    }

    /** Entries recorded by units and not yet confirmed, oldest first. */
    public List<LedgerEntry> waiting() {
        return jdbc.sql("select " + EntryRows.COLUMNS + " where c.entry_id is null order by e.id").query(EntryRows::map).list();
    }

    /** The whole ledger in the order it was written, for its export and its recount. */
    public List<LedgerEntry> all() {
        return jdbc.sql("select " + EntryRows.COLUMNS + " order by e.id").query(EntryRows::map).list();
    }

    /** The confirmed contributions of a unit, or of a contributor outside the system by name, as they stand. */
    public List<LedgerEntry> standingContributionsOf(Long unitId, String name) {
        return jdbc.sql("select " + EntryRows.COLUMNS + """
                 where e.kind = 'CONTRIBUTION' and c.entry_id is not null and e.reverses_id is null and r.id is null
                   and (e.contributor_unit_id = :unit or (e.contributor_type <> 'UNIT' and lower(e.contributor_name) = lower(:name)))
                 order by e.given_on desc, e.id desc""")
                .param("unit", unitId == null ? -1L : unitId).param("name", name == null ? "" : name.strip())
                .query(EntryRows::map).list();
    }

    /** The uploaded receipt or hand-over record of an entry, for whoever may read the entry. */
    public EvidenceFile evidenceOf(long entryId, Actor who) {
        LedgerEntry e = entry(entryId, who);
        if (e.evidenceId() == null) {
            throw new NotFoundException("evidence of " + entryId);
        }
        return jdbc.sql("select file_name, media_type, content from song_evidence where id = ?").param(e.evidenceId())
                .query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).single();
    }

    /** An uploaded file as it was stored. */
    public record EvidenceFile(String fileName, String mediaType, byte[] bytes) {
    }
}
