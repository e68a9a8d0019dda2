package vn.gov.sonla.awards.song;

import java.time.LocalDate;

/**
 * What someone gave, as it is recorded: the contributor (a unit, or a name outside the system) and whether the
 * public may see that name, the day, the money in đồng, one kind of device with its count and value, the villages
 * (bản) whose coverage the work brought, and the recipient (a district, a commune, a school of the list).
 */
public record Contribution(ContributorType contributorType, Long contributorUnitId, String contributorName,
                           boolean publishName, LocalDate givenOn, long money, DeviceKind deviceKind, int deviceCount,
                           long deviceValue, int villagesCovered, String coverage, Long districtId, String commune,
                           String schoolName, Evidence evidence) {
}
