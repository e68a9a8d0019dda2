package vn.gov.sonla.awards.song;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the ledger as it was recorded, with its confirmation and what became of it: the entry that reversed
 * it ({@code reversedById}), if any. A reversal carries the amounts of the entry it cancels, negated.
 */
public record LedgerEntry(long id, EntryKind kind, Instant recordedAt, String recordedByName, String recordedByUnitName,
                          ContributorType contributorType, Long contributorUnitId, String contributorName,
                          boolean publishName, LocalDate givenOn, long money, DeviceKind deviceKind, int deviceCount,
                          long deviceValue, int villagesCovered, String coverage, Long districtId, String districtName,
                          String commune, Long schoolId, String schoolName, Long evidenceId, String evidenceName,
                          Long reversesId, Long replacesId, String reason, Instant confirmedAt, String confirmedByName,
                          Long reversedById, long recordedByUnitId) {

    public boolean confirmed() {
        return confirmedAt != null;
    }

    /** Counts in the totals: confirmed (a reversal of a confirmed entry is confirmed when it is recorded). */
    public boolean counts() {
        return confirmed();
    }

    public boolean reversal() {
        return reversesId != null;
    }

    /** Stands as given: counted, neither a reversal nor reversed. */
    public boolean standing() {
        return counts() && reversesId == null && reversedById == null;
    }

    /** The name the public sees: the contributor's only when the contributor agreed to its publication. */
    public String publicName() {
        return publishName ? contributorName : null;
    }

    /** The school, commune and district that received, as far as the entry names them. */
    public String recipient() {
        return java.util.stream.Stream.of(schoolName, commune, districtName).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
