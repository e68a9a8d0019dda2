package vn.gov.sonla.awards.song.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.gov.sonla.awards.song.DeviceKind;
import vn.gov.sonla.awards.song.Distribution;
import vn.gov.sonla.awards.song.Evidence;

/** Devices handed to a school, as typed: the school by its name in the district's list. */
record DistributionForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
        Long districtId,
        @Size(max = 200, message = "{validation.size.255}") String schoolName,
        DeviceKind deviceKind,
        Integer deviceCount) {

    static DistributionForm empty() {
        return new DistributionForm(null, null, "", null, null);
    }

    Distribution toDistribution(Evidence evidence) {
        return new Distribution(givenOn, districtId, schoolName, deviceKind, deviceCount == null ? 0 : deviceCount, evidence);
    }
}
