package vn.gov.sonla.awards.song.internal;

import java.util.List;
import java.util.Set;

import vn.gov.sonla.awards.song.LedgerEntry;

/**
 * What the nominee of a dossier of the program gave, as the ledger has it confirmed: the entries that stand, their
 * totals, and which of them the unit cites as evidence of the program's criterion (6 for a collective, 4 for an
 * individual).
 */
public record SongEvidence(long dossierId, int criterion, List<LedgerEntry> entries, long money, long devices,
                           long deviceValue, long villages, Set<Long> cited) {

    public boolean isCited(long entryId) {
        return cited.contains(entryId);
    }
}
