package vn.gov.sonla.awards.song;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.common.UserFacing;
import vn.gov.sonla.awards.dossier.UploadChecks;

/**
 * The ledger of the program "Sóng và máy tính cho em". Sở TT&TT's staff (the program's compiling department) record
 * any contribution and every hand-over to a school, and confirm what the clerks of contributing units record of their
 * own gifts; an entry counts once confirmed. Nothing is ever changed: a correction is a reversing entry plus a new
 * one, both with the reason (the database refuses UPDATE and DELETE on the entries).
 */
@Service
public class SongLedger {

    /** The campaign of plan 215 whose compiling department keeps the ledger. */
    public static final String CAMPAIGN = "SONG_MAY_TINH";
    /** 1,000 billion đồng: more than the whole province's budget for the program, so a typing slip. */
    public static final long MAX_MONEY = 1_000_000_000_000L;
    public static final int MAX_DEVICES = 100_000;
    /** The value of one device beyond which the value typed is not believable (200 million đồng). */
    public static final long MAX_DEVICE_VALUE_EACH = 200_000_000L;
    public static final int MAX_VILLAGES = 5_000;
    /** The program began in 2021; lists carried over from 2020 are accepted. */
    public static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

    private static final String ENTRY_COLUMNS = """
            e.id, e.kind, e.recorded_at, e.recorded_by_name, ru.name as recorded_by_unit_name, e.contributor_type,
            e.contributor_unit_id, e.contributor_name, e.publish_name, e.given_on, e.money, e.device_kind, e.device_count,
            e.device_value, e.villages_covered, e.coverage, e.district_id, du.name as district_name,
            coalesce(s.commune, e.commune) as commune, e.school_id, s.name as school_name, e.evidence_id,
            ev.file_name as evidence_name, e.reverses_id, e.replaces_id, e.reason, c.confirmed_at, c.confirmed_by_name,
            r.id as reversed_by_id, e.recorded_by_unit_id
            from song_entry e
            join unit ru on ru.id = e.recorded_by_unit_id
            left join unit du on du.id = e.district_id
            left join song_school s on s.id = e.school_id
            left join song_evidence ev on ev.id = e.evidence_id
            left join song_confirmation c on c.entry_id = e.id
            left join song_entry r on r.reverses_id = e.id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final UploadChecks uploads;

    SongLedger(JdbcClient jdbc, Clock clock, UploadChecks uploads) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.uploads = uploads;
    }

    // ---------------------------------------------------------------------------------------------- who

    /** Whether the person keeps the ledger: staff of the program's compiling department (Sở TT&TT). */
    public boolean keeps(Actor actor) {
        return actor != null && actor.role() == Role.DEPARTMENT && actor.unitId() == keeperUnitId();
    }

    /** Whether the person may record a contribution: the keeper, or a unit's clerk for the unit's own gifts. */
    public boolean mayRecord(Actor actor) {
        return keeps(actor) || (actor != null && actor.role() == Role.CLERK);
    }

    /**
     * Whether the person reads the whole ledger and its receipts: the departments (the keeper among them), Home
     * Affairs, the chairman's office. A clerk reads the unit's own entries.
     */
    public boolean readsAll(Actor actor) {
        return actor.role() == Role.DEPARTMENT || actor.role() == Role.APPRAISER || actor.role() == Role.CHAIRMAN_OFFICE;
    }

    /** Whether the person's reports show the program's totals: Sở TT&TT, Home Affairs, the chairman's office. */
    public boolean reportsTo(Actor actor) {
        return keeps(actor) || actor.role() == Role.APPRAISER || actor.role() == Role.CHAIRMAN_OFFICE;
    }

    private long keeperUnitId() {
        return jdbc.sql("select compiling_unit_id from campaign where code = ?").param(CAMPAIGN).query(Long.class)
                .optional().orElse(-1L);
    }

    // ---------------------------------------------------------------------------------------------- steps

    /**
     * Records a contribution. A clerk records only the unit's own gifts (the contributor is the clerk's unit,
     * whatever was sent) and they wait for Sở TT&TT's confirmation; the keeper's entries count at once.
     */
    @Transactional
    public long record(Contribution given, Actor who) {
        if (!mayRecord(who)) {
            throw new ForbiddenException("song.forbidden");
        }
        Contribution c = keeps(who) ? given : new Contribution(ContributorType.UNIT, who.unitId(), null,
                given.publishName(), given.givenOn(), given.money(), given.deviceKind(), given.deviceCount(),
                given.deviceValue(), given.villagesCovered(), given.coverage(), given.districtId(), given.commune(),
                given.schoolName(), given.evidence());
        List<Problem> problems = new ArrayList<>();
        Checked checked = check(c, problems);
        Long evidence = evidence(c.evidence(), problems);
        if (!problems.isEmpty()) {
            throw new LedgerRefusal(problems);
        }
        long id = insertContribution(c, checked, evidence, null, null, who);
        if (keeps(who)) {
            insertConfirmation(id, who);
        }
        return id;
    }

    /** Records devices handed to a school of the list: no more than the district has received and not handed on. */
    @Transactional
    public long distribute(Distribution d, Actor who) {
        requireKeeper(who);
        List<Problem> problems = new ArrayList<>();
        Long schoolId = null;
        checkDate(d.givenOn(), problems);
        if (d.districtId() == null || !isDistrict(d.districtId())) {
            problems.add(new Problem("districtId", "song.district.unknown"));
        } else if (blank(d.schoolName())) {
            problems.add(new Problem("schoolName", "song.school.required"));
        } else {
            schoolId = school(d.districtId(), d.schoolName()).orElse(null);
            if (schoolId == null) {
                problems.add(new Problem("schoolName", "song.school.unknown", d.schoolName().strip()));
            }
        }
        if (d.deviceKind() == null) {
            problems.add(new Problem("deviceKind", "song.deviceKind.required"));
        }
        if (d.deviceCount() <= 0 || d.deviceCount() > MAX_DEVICES) {
            problems.add(new Problem("deviceCount", "song.deviceCount.range", MAX_DEVICES));
        } else if (d.districtId() != null && d.deviceKind() != null && problems.stream().noneMatch(p -> p.field().equals("districtId"))) {
            // one hand-over of a district at a time, so that two cannot both take the last devices
            jdbc.sql("select pg_advisory_xact_lock(hashtext('song-district'), ?::int)").param(d.districtId().intValue())
                    .query((rs, n) -> 1).list();
            long available = available(d.districtId(), d.deviceKind());
            if (d.deviceCount() > available) {
                problems.add(new Problem("deviceCount", "song.distribution.exceeds", available));
            }
        }
        Long evidence = evidence(d.evidence(), problems);
        if (!problems.isEmpty()) {
            throw new LedgerRefusal(problems);
        }
        long id = jdbc.sql("""
                insert into song_entry (kind, recorded_at, recorded_by, recorded_by_name, recorded_by_unit_id, given_on,
                                        device_kind, device_count, district_id, school_id, evidence_id)
                values ('DISTRIBUTION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(java.sql.Timestamp.from(clock.instant()), who.username(), who.fullName(), who.unitId(),
                        d.givenOn(), d.deviceKind().name(), d.deviceCount(), d.districtId(), schoolId, evidence)
                .query(Long.class).single();
        insertConfirmation(id, who);
        return id;
    }

    /** Sở TT&TT confirms an entry a unit recorded: from now on it counts. */
    @Transactional
    public void confirm(long entryId, Actor who) {
        requireKeeper(who);
        LedgerEntry entry = find(entryId);
        if (entry.confirmed()) {
            throw new ConflictException("song.confirm.already");
        }
        try {
            insertConfirmation(entryId, who);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("song.confirm.already");
        }
    }

    /**
     * Cancels a confirmed entry by a reversing one: the same contributor, recipient and school, the amounts negated,
     * the reason given. Counted at once, so that the entry and its reversal add up to nothing.
     */
    @Transactional
    public long reverse(long entryId, String reason, Actor who) {
        requireKeeper(who);
        if (blank(reason)) {
            throw new LedgerRefusal(List.of(new Problem("reason", "song.reason.required")));
        }
        LedgerEntry entry = find(entryId);
        if (entry.reversal()) {
            throw new ConflictException("song.reverse.reversal");
        }
        if (!entry.confirmed()) {
            throw new ConflictException("song.reverse.unconfirmed");
        }
        if (entry.reversedById() != null) {
            throw new ConflictException("song.reverse.already");
        }
        if (entry.kind() == EntryKind.CONTRIBUTION && entry.deviceCount() > 0 && entry.districtId() != null
                && entry.deviceKind() != null && available(entry.districtId(), entry.deviceKind()) < entry.deviceCount()) {
            // the devices were handed on already: reverse the hand-overs first
            throw new ConflictException("song.reverse.handedOn");
        }
        try {
            long id = jdbc.sql("""
                    insert into song_entry (kind, recorded_at, recorded_by, recorded_by_name, recorded_by_unit_id,
                        contributor_type, contributor_unit_id, contributor_name, publish_name, given_on, money, device_kind,
                        device_count, device_value, villages_covered, coverage, district_id, commune, school_id, evidence_id,
                        reverses_id, reason)
                    select kind, ?, ?, ?, ?, contributor_type, contributor_unit_id, contributor_name, publish_name, given_on,
                           -money, device_kind, -device_count, -device_value, -villages_covered, coverage, district_id,
                           commune, school_id, evidence_id, id, ?
                    from song_entry where id = ? returning id""")
                    .params(java.sql.Timestamp.from(clock.instant()), who.username(), who.fullName(), who.unitId(),
                            reason.strip(), entryId)
                    .query(Long.class).single();
            insertConfirmation(id, who);
            return id;
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("song.reverse.already");
        }
    }

    /** A correction: the entry reversed and the corrected contribution recorded in its place, both with the reason. */
    @Transactional
    public long correct(long entryId, String reason, Contribution corrected, Actor who) {
        requireKeeper(who);
        List<Problem> problems = new ArrayList<>();
        if (blank(reason)) {
            problems.add(new Problem("reason", "song.reason.required"));
        }
        Checked checked = check(corrected, problems);
        Long evidence = evidence(corrected.evidence(), problems);
        if (!problems.isEmpty()) {
            throw new LedgerRefusal(problems);
        }
        LedgerEntry original = find(entryId);
        if (original.kind() != EntryKind.CONTRIBUTION) {
            throw new ConflictException("song.correct.onlyContributions");
        }
        reverse(entryId, reason, who);
        long id = insertContribution(corrected, checked,
                evidence != null ? evidence : original.evidenceId(), entryId, reason.strip(), who);
        insertConfirmation(id, who);
        return id;
    }

    // ---------------------------------------------------------------------------------------------- rules

    /** The recipient's school and the contributor's unit as found, once the values are checked. */
    private record Checked(Long schoolId, String commune, String contributorName) {
    }

    /** The problems of a contribution's values, field by field; also used by the import, row by row. */
    public List<Problem> problems(Contribution c) {
        List<Problem> problems = new ArrayList<>();
        check(c, problems);
        return problems;
    }

    private Checked check(Contribution c, List<Problem> problems) {
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
        if (c.money() < 0 || c.money() > MAX_MONEY) {
            problems.add(new Problem("money", "song.money.range", MAX_MONEY));
        }
        if (c.deviceCount() < 0 || c.deviceCount() > MAX_DEVICES) {
            problems.add(new Problem("deviceCount", "song.deviceCount.range", MAX_DEVICES));
        } else if (c.deviceCount() > 0 && c.deviceKind() == null) {
            problems.add(new Problem("deviceKind", "song.deviceKind.required"));
        }
        if (c.deviceValue() < 0 || (c.deviceCount() > 0 && c.deviceValue() / c.deviceCount() > MAX_DEVICE_VALUE_EACH)
                || (c.deviceCount() <= 0 && c.deviceValue() != 0)) {
            problems.add(new Problem("deviceValue", "song.deviceValue.range", MAX_DEVICE_VALUE_EACH));
        }
        if (c.villagesCovered() < 0 || c.villagesCovered() > MAX_VILLAGES) {
            problems.add(new Problem("villagesCovered", "song.villages.range", MAX_VILLAGES));
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
        if (c.districtId() != null && !isDistrict(c.districtId())) {
            problems.add(new Problem("districtId", "song.district.unknown"));
        } else if (!blank(c.schoolName())) {
            if (c.districtId() == null) {
                problems.add(new Problem("districtId", "song.district.requiredForSchool"));
            } else {
                schoolId = school(c.districtId(), c.schoolName()).orElse(null);
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

    private void checkDate(LocalDate date, List<Problem> problems) {
        if (date == null) {
            problems.add(new Problem("givenOn", "song.date.required"));
        } else if (date.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("givenOn", "song.date.future"));
        } else if (date.isBefore(EARLIEST)) {
            problems.add(new Problem("givenOn", "song.date.tooEarly"));
        }
    }

    private Long evidence(Evidence evidence, List<Problem> problems) {
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

    private boolean isDistrict(long unitId) {
        return jdbc.sql("select count(*) from unit where id = ? and unit_type = 'DISTRICT'").param(unitId)
                .query(Long.class).single() > 0;
    }

    /** The school of the list by its name in the district, ignoring case and surrounding spaces. */
    public Optional<Long> school(long districtId, String name) {
        return jdbc.sql("select id from song_school where district_id = ? and lower(name) = lower(?)")
                .params(districtId, name.strip().replaceAll("\\s+", " ")).query(Long.class).optional();
    }

    /** Devices of a kind the district has received (confirmed gifts) and not yet handed to its schools. */
    public long available(long districtId, DeviceKind kind) {
        return jdbc.sql("""
                select coalesce(sum(case when e.kind = 'CONTRIBUTION' then e.device_count else -e.device_count end), 0)
                from song_entry e join song_confirmation c on c.entry_id = e.id
                where e.district_id = ? and e.device_kind = ?""")
                .params(districtId, kind.name()).query(Long.class).single();
    }

    private long insertContribution(Contribution c, Checked checked, Long evidence, Long replaces, String reason, Actor who) {
        return jdbc.sql("""
                insert into song_entry (kind, recorded_at, recorded_by, recorded_by_name, recorded_by_unit_id,
                    contributor_type, contributor_unit_id, contributor_name, publish_name, given_on, money, device_kind,
                    device_count, device_value, villages_covered, coverage, district_id, commune, school_id, evidence_id,
                    replaces_id, reason)
                values ('CONTRIBUTION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(java.sql.Timestamp.from(clock.instant()), who.username(), who.fullName(), who.unitId(),
                        c.contributorType().name(), c.contributorType() == ContributorType.UNIT ? c.contributorUnitId() : null,
                        checked.contributorName(), c.publishName(), c.givenOn(), c.money(),
                        c.deviceKind() == null || c.deviceCount() == 0 ? null : c.deviceKind().name(), c.deviceCount(),
                        c.deviceValue(), c.villagesCovered(), blank(c.coverage()) ? null : c.coverage().strip(),
                        c.districtId(), checked.commune(), checked.schoolId(), evidence, replaces, reason)
                .query(Long.class).single();
    }

    private void insertConfirmation(long entryId, Actor who) {
        jdbc.sql("insert into song_confirmation (entry_id, confirmed_at, confirmed_by, confirmed_by_name) values (?, ?, ?, ?)")
                .params(entryId, java.sql.Timestamp.from(clock.instant()), who.username(), who.fullName()).update();
    }

    private void requireKeeper(Actor who) {
        if (!keeps(who)) {
            throw new ForbiddenException("song.forbidden");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ---------------------------------------------------------------------------------------------- reading

    private LedgerEntry find(long id) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " where e.id = ?").param(id).query(SongLedger::entry).optional()
                .orElseThrow(() -> new NotFoundException("ledger entry " + id));
    }

    /** One entry, for whoever may read it: the whole ledger's readers, or the clerk of the unit that recorded it or gave. */
    public LedgerEntry entry(long id, Actor who) {
        LedgerEntry e = find(id);
        if (!readsAll(who) && !(who.role() == Role.CLERK && (e.recordedByUnitId() == who.unitId()
                || (e.contributorUnitId() != null && e.contributorUnitId() == who.unitId())))) {
            throw new NotFoundException("ledger entry " + id);
        }
        return e;
    }

    /** The entries one may read, newest first, {@code size} at a time before the id {@code before} (null: the newest). */
    public List<LedgerEntry> entries(Actor who, Long before, int size) {
        if (!readsAll(who) && who.role() != Role.CLERK) {
            throw new ForbiddenException("song.forbidden");
        }
        String scope = readsAll(who) ? "true" : "(e.recorded_by_unit_id = :unit or e.contributor_unit_id = :unit)";
        return jdbc.sql("select " + ENTRY_COLUMNS + " where " + scope + " and e.id < :before order by e.id desc limit :size")
                .param("unit", who.unitId()).param("before", before == null ? Long.MAX_VALUE : before).param("size", size)
                .query(SongLedger::entry).list();
    }

    /** The entries of an entry's correction: what it reverses or replaces, and what reversed or replaced it. */
    public List<LedgerEntry> related(LedgerEntry entry) {
        return jdbc.sql("select " + ENTRY_COLUMNS + """
                 where e.id <> :id and (e.id = :reverses or e.id = :replaces or e.reverses_id = :id or e.replaces_id = :id)
                 order by e.id""")
                .param("id", entry.id()).param("reverses", entry.reversesId() == null ? -1L : entry.reversesId())
                .param("replaces", entry.replacesId() == null ? -1L : entry.replacesId())
                .query(SongLedger::entry).list();
    }

    /** Entries recorded by units and not yet confirmed, oldest first. */
    public List<LedgerEntry> waiting() {
        return jdbc.sql("select " + ENTRY_COLUMNS + " where c.entry_id is null order by e.id").query(SongLedger::entry).list();
    }

    /** The whole ledger in the order it was written, for its export and its recount. */
    public List<LedgerEntry> all() {
        return jdbc.sql("select " + ENTRY_COLUMNS + " order by e.id").query(SongLedger::entry).list();
    }

    /** The confirmed contributions of a unit, or of a contributor outside the system by name, as they stand. */
    public List<LedgerEntry> standingContributionsOf(Long unitId, String name) {
        return jdbc.sql("select " + ENTRY_COLUMNS + """
                 where e.kind = 'CONTRIBUTION' and c.entry_id is not null and e.reverses_id is null and r.id is null
                   and (e.contributor_unit_id = :unit or (e.contributor_type <> 'UNIT' and lower(e.contributor_name) = lower(:name)))
                 order by e.given_on desc, e.id desc""")
                .param("unit", unitId == null ? -1L : unitId).param("name", name == null ? "" : name.strip())
                .query(SongLedger::entry).list();
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

    /** The province's districts (the city and the huyện), by name. */
    public List<District> districts() {
        return jdbc.sql("select id, name from unit where unit_type = 'DISTRICT' and active order by name")
                .query((rs, n) -> new District(rs.getLong(1), rs.getString(2))).list();
    }

    public record District(long id, String name) {
    }

    /** The schools of the list, by district and name. */
    public List<School> schools() {
        return jdbc.sql("""
                select s.id, s.name, s.commune, u.name from song_school s join unit u on u.id = s.district_id
                order by u.name, s.name""")
                .query((rs, n) -> new School(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public record School(long id, String name, String commune, String districtName) {
    }

    /** Units that may be named as contributors (active units of the system), by name. */
    public List<District> units() {
        return jdbc.sql("select id, name from unit where active order by name")
                .query((rs, n) -> new District(rs.getLong(1), rs.getString(2))).list();
    }

    /** The unit's id by its code or its exact name (for the import), if there is one. */
    public Optional<Long> unitByCodeOrName(String text, boolean districtOnly) {
        return jdbc.sql("""
                select id from unit where (upper(code) = upper(:t) or lower(name) = lower(:t)
                       or (unit_type = 'DISTRICT' and lower(name) like '%' || lower(:t)))
                  and (not :d or unit_type = 'DISTRICT') order by id limit 1""")
                .param("t", text.strip()).param("d", districtOnly).query(Long.class).optional();
    }

    // ---------------------------------------------------------------------------------------------- figures

    private static final String COUNTED = "from song_entry e join song_confirmation c on c.entry_id = e.id";

    /** The program's totals over the confirmed entries. */
    public SongTotals totals() {
        return jdbc.sql("""
                select coalesce(sum(e.money) filter (where e.kind = 'CONTRIBUTION'), 0),
                       coalesce(sum(e.device_count) filter (where e.kind = 'CONTRIBUTION'), 0),
                       coalesce(sum(e.device_value) filter (where e.kind = 'CONTRIBUTION'), 0),
                       coalesce(sum(e.villages_covered) filter (where e.kind = 'CONTRIBUTION'), 0),
                       coalesce(sum(e.device_count) filter (where e.kind = 'DISTRIBUTION'), 0),
                       (select count(distinct x.school_id) from song_standing x where x.school_id is not null),
                       (select count(distinct (x.district_id, lower(x.commune))) from song_standing x where x.commune is not null),
                       (select count(distinct coalesce(x.contributor_unit_id::text, lower(x.contributor_name)))
                          from song_standing x where x.kind = 'CONTRIBUTION')
                """ + COUNTED)
                .query((rs, n) -> new SongTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .single();
    }

    /** Money, devices given and handed on, and schools reached, by district of the recipient. */
    public List<DistrictFigures> byDistrict() {
        return jdbc.sql("""
                select du.name,
                       coalesce(sum(e.money) filter (where e.kind = 'CONTRIBUTION'), 0),
                       coalesce(sum(e.device_count) filter (where e.kind = 'CONTRIBUTION'), 0),
                       coalesce(sum(e.device_count) filter (where e.kind = 'DISTRIBUTION'), 0),
                       (select count(distinct x.school_id) from song_standing x where x.district_id = e.district_id)
                """ + COUNTED + """
                 join unit du on du.id = e.district_id
                group by du.name, e.district_id order by du.name""")
                .query((rs, n) -> new DistrictFigures(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    public record DistrictFigures(String district, long money, long devices, long distributed, long schools) {
    }

    /**
     * Money and devices by contributor, the largest first; a contributor who did not agree to publication is
     * grouped with the others under no name (the page says "Nhà hảo tâm").
     */
    public List<ContributorFigures> byContributor() {
        return jdbc.sql("""
                select case when e.publish_name then e.contributor_name end as name,
                       coalesce(sum(e.money), 0), coalesce(sum(e.device_count), 0), coalesce(sum(e.device_value), 0)
                """ + COUNTED + """
                 where e.kind = 'CONTRIBUTION'
                group by 1 having sum(e.money) <> 0 or sum(e.device_count) <> 0 or sum(e.villages_covered) <> 0
                order by 2 desc, 3 desc, 1 nulls last""")
                .query((rs, n) -> new ContributorFigures(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** @param name null when the contributor did not agree to publication */
    public record ContributorFigures(String name, long money, long devices, long deviceValue) {
    }

    /** The newest confirmed contributions that stand (not reversed), newest gift first. */
    public List<LedgerEntry> newestStanding(int size) {
        return jdbc.sql("select " + ENTRY_COLUMNS + """
                 where e.kind = 'CONTRIBUTION' and c.entry_id is not null and e.reverses_id is null and r.id is null
                 order by e.given_on desc, e.id desc limit ?""").param(size).query(SongLedger::entry).list();
    }

    /** Devices handed to each school, by kind. */
    public List<SchoolFigures> bySchool() {
        return jdbc.sql("""
                select du.name, s.commune, s.name, e.device_kind, sum(e.device_count), max(e.given_on)
                """ + COUNTED + """
                 join song_school s on s.id = e.school_id join unit du on du.id = s.district_id
                where e.kind = 'DISTRIBUTION'
                group by du.name, s.commune, s.name, e.device_kind having sum(e.device_count) <> 0
                order by du.name, s.commune, s.name, e.device_kind""")
                .query((rs, n) -> new SchoolFigures(rs.getString(1), rs.getString(2), rs.getString(3),
                        DeviceKind.valueOf(rs.getString(4)), rs.getLong(5), rs.getObject(6, LocalDate.class)))
                .list();
    }

    public record SchoolFigures(String district, String commune, String school, DeviceKind kind, long devices,
                                LocalDate lastOn) {
    }

    private static LedgerEntry entry(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("contributor_type");
        String device = rs.getString("device_kind");
        java.sql.Timestamp confirmed = rs.getTimestamp("confirmed_at");
        return new LedgerEntry(rs.getLong("id"), EntryKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by_name"),
                rs.getString("recorded_by_unit_name"), type == null ? null : ContributorType.valueOf(type),
                rs.getObject("contributor_unit_id", Long.class), rs.getString("contributor_name"),
                rs.getBoolean("publish_name"), rs.getObject("given_on", LocalDate.class), rs.getLong("money"),
                device == null ? null : DeviceKind.valueOf(device.toUpperCase(Locale.ROOT)), rs.getInt("device_count"),
                rs.getLong("device_value"), rs.getInt("villages_covered"), rs.getString("coverage"),
                rs.getObject("district_id", Long.class), rs.getString("district_name"), rs.getString("commune"),
                rs.getObject("school_id", Long.class), rs.getString("school_name"), rs.getObject("evidence_id", Long.class),
                rs.getString("evidence_name"), rs.getObject("reverses_id", Long.class),
                rs.getObject("replaces_id", Long.class), rs.getString("reason"),
                confirmed == null ? null : confirmed.toInstant(), rs.getString("confirmed_by_name"),
                rs.getObject("reversed_by_id", Long.class), rs.getLong("recorded_by_unit_id"));
    }
}
