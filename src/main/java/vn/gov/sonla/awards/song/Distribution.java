package vn.gov.sonla.awards.song;

import java.time.LocalDate;

/** Devices handed to a school: counts only, never a child's name. */
public record Distribution(LocalDate givenOn, Long districtId, String schoolName, DeviceKind deviceKind, int deviceCount,
                           Evidence evidence) {
}
