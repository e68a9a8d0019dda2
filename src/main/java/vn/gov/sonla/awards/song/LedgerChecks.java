package vn.gov.sonla.awards.song;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.sonla.awards.common.UserFacing;
import vn.gov.sonla.awards.dossier.UploadChecks;

/**
 * The ledger's rules on what may be written: a contribution's values field by field, the date of a gift or hand-over,
 * the receipt uploaded with it, and the devices a district still has to hand on.
 */
@Component
public class LedgerChecks {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final UploadChecks uploads;
    private final SongDirectory directory;

    LedgerChecks(JdbcClient jdbc, Clock clock, UploadChecks uploads, SongDirectory directory) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.uploads = uploads;
        this.directory = directory;
    }

    /** The recipient's school and the contributor's unit as found, once the values are checked. */
    record Checked(Long schoolId, String commune, String contributorName) {
    }

    Checked check(Contribution c, List<Problem> problems) {
        String contributorName = null;
        if (c.contributorType() == null) {
            problems.add(new Problem("contributorType", "song.contributorType.required"));
        } else if (c.contributorType() == ContributorType.UNIT) {
            contributorName = c.contributorUnitId() == null ? null : jdbc.sql("select name from unit where id = ?")
                    .param(c.contributorUnitId()).query(String.class).optional().orElse(null);
            if (contributorName == null) {
                problems.add(new Problem("contributorUnitId", "song.contributorUnit.required"));
            }
        } else if (blank(c.contributorName())) {
            problems.add(new Problem("contributorName", "song.contributorName.required"));
        } else if (c.contributorName().strip().length() > 255) {
            problems.add(new Problem("contributorName", "validation.size.255"));
        } else {
            contributorName = c.contributorName().strip();
        }
        checkDate(c.givenOn(), problems);
        if (c.money() < 0 || c.money() > SongLedger.MAX_MONEY) {
            problems.add(new Problem("money", "song.money.range", SongLedger.MAX_MONEY));
        }
        if (c.deviceCount() < 0 || c.deviceCount() > SongLedger.MAX_DEVICES) {
            problems.add(new Problem("deviceCount", "song.deviceCount.range", SongLedger.MAX_DEVICES));
        } else if (c.deviceCount() > 0 && c.deviceKind() == null) {
            problems.add(new Problem("deviceKind", "song.deviceKind.required"));
        }
        if (c.deviceValue() < 0 || (c.deviceCount() > 0 && c.deviceValue() / c.deviceCount() > SongLedger.MAX_DEVICE_VALUE_EACH)
                || (c.deviceCount() <= 0 && c.deviceValue() != 0)) {
            problems.add(new Problem("deviceValue", "song.deviceValue.range", SongLedger.MAX_DEVICE_VALUE_EACH));
        }
        if (c.villagesCovered() < 0 || c.villagesCovered() > SongLedger.MAX_VILLAGES) {
            problems.add(new Problem("villagesCovered", "song.villages.range", SongLedger.MAX_VILLAGES));
        }
        if (c.coverage() != null && c.coverage().length() > 2000) {
            problems.add(new Problem("coverage", "song.size.2000"));
        }
        if (c.money() == 0 && c.deviceCount() == 0 && c.villagesCovered() == 0) {
            problems.add(new Problem("money", "song.nothingGiven"));
        }
        Long schoolId = null;
        String commune = blank(c.commune()) ? null : c.commune().strip();
        if (commune != null && commune.length() > 120) {
            problems.add(new Problem("commune", "song.size.120"));
        }
        if (c.districtId() != null && !directory.isDistrict(c.districtId())) {
            problems.add(new Problem("districtId", "song.district.unknown"));
        } else if (!blank(c.schoolName())) {
            if (c.districtId() == null) {
                problems.add(new Problem("districtId", "song.district.requiredForSchool"));
            } else {
                schoolId = directory.school(c.districtId(), c.schoolName()).orElse(null);
                if (schoolId == null) {
                    problems.add(new Problem("schoolName", "song.school.unknown", c.schoolName().strip()));
                } else {
                    commune = jdbc.sql("select commune from song_school where id = ?").param(schoolId)
                            .query(String.class).single();
                }
            }
        } else if (c.deviceCount() > 0 && c.districtId() == null) {
            // devices are handed on by district: a gift of devices names the district that receives them
            problems.add(new Problem("districtId", "song.district.requiredForDevices"));
        }
        return new Checked(schoolId, commune, contributorName);
    }

    void checkDate(LocalDate date, List<Problem> problems) {
        if (date == null) {
            problems.add(new Problem("givenOn", "song.date.required"));
        } else if (date.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("givenOn", "song.date.future"));
        } else if (date.isBefore(SongLedger.EARLIEST)) {
            problems.add(new Problem("givenOn", "song.date.tooEarly"));
        }
    }

    Long evidence(Evidence evidence, List<Problem> problems) {
        if (evidence == null || !evidence.present()) {
            return null;
        }
        try {
            UploadChecks.CheckedUpload file = uploads.check(evidence.fileName(), evidence.bytes());
            return jdbc.sql("""
                    insert into song_evidence (file_name, media_type, sha256, size_bytes, content)
                    values (?, ?, ?, ?, ?) returning id""")
                    .params(file.safeName(), file.mediaType(), file.sha256(), (long) file.bytes().length, file.bytes())
                    .query(Long.class).single();
        } catch (RuntimeException refused) {
            if (refused instanceof UserFacing reason) {
                problems.add(new Problem("evidence", reason.messageKey(), reason.arguments()));
                return null;
            }
            throw refused;
        }
    }

    /** Devices of a kind the district has received (confirmed gifts) and not yet handed to its schools. */
    public long available(long districtId, DeviceKind kind) {
        return jdbc.sql("""
                select coalesce(sum(case when e.kind = 'CONTRIBUTION' then e.device_count else -e.device_count end), 0)
                from song_entry e join song_confirmation c on c.entry_id = e.id
                where e.district_id = ? and e.device_kind = ?""")
                .params(districtId, kind.name()).query(Long.class).single();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
