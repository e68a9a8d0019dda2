package vn.gov.sonla.awards.song.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.gov.sonla.awards.common.MultiLine;
import vn.gov.sonla.awards.song.Contribution;
import vn.gov.sonla.awards.song.ContributorType;
import vn.gov.sonla.awards.song.DeviceKind;
import vn.gov.sonla.awards.song.Evidence;
import vn.gov.sonla.awards.song.LedgerEntry;

/**
 * A contribution as it is typed. The reason is only for a correction. Amounts left empty are zero; what they may
 * be is the ledger's rule ({@code LedgerChecks}), which answers by field.
 */
record ContributionForm(
        ContributorType contributorType,
        Long contributorUnitId,
        @Size(max = 255, message = "{validation.size.255}") String contributorName,
        Boolean publishName,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
        Long money,
        DeviceKind deviceKind,
        Integer deviceCount,
        Long deviceValue,
        Integer villagesCovered,
        @MultiLine @Size(max = 2000, message = "{song.size.2000}") String coverage,
        Long districtId,
        @Size(max = 120, message = "{song.size.120}") String commune,
        @Size(max = 200, message = "{validation.size.255}") String schoolName,
        @MultiLine @Size(max = 2000, message = "{song.size.2000}") String reason) {

    static ContributionForm empty() {
        return new ContributionForm(null, null, "", false, null, null, null, null, null, null, "", null, "", "", "");
    }

    /** The form of a correction, holding the entry's values to change. */
    static ContributionForm of(LedgerEntry e) {
        return new ContributionForm(e.contributorType(), e.contributorUnitId(),
                e.contributorType() == ContributorType.UNIT ? "" : e.contributorName(), e.publishName(), e.givenOn(),
                e.money(), e.deviceKind(), e.deviceCount(), e.deviceValue(), e.villagesCovered(), e.coverage(),
                e.districtId(), e.schoolId() == null ? e.commune() : "", e.schoolName(), "");
    }

    Contribution toContribution(Evidence evidence) {
        return new Contribution(contributorType, contributorUnitId, contributorName, Boolean.TRUE.equals(publishName), givenOn,
                money == null ? 0 : money, deviceKind, deviceCount == null ? 0 : deviceCount,
                deviceValue == null ? 0 : deviceValue, villagesCovered == null ? 0 : villagesCovered, coverage,
                districtId, commune, schoolName, evidence);
    }
}
