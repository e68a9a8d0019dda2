package vn.gov.sonla.awards.song;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;

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

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LedgerChecks checks;
    private final SongDirectory directory;

    SongLedger(JdbcClient jdbc, Clock clock, LedgerChecks checks, SongDirectory directory) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.checks = checks;
        this.directory = directory;
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
        LedgerChecks.Checked checked = checks.check(c, problems);
        Long evidence = checks.evidence(c.evidence(), problems);
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
        checks.checkDate(d.givenOn(), problems);
        if (d.districtId() == null || !directory.isDistrict(d.districtId())) {
            problems.add(new Problem("districtId", "song.district.unknown"));
        } else if (LedgerChecks.blank(d.schoolName())) {
            problems.add(new Problem("schoolName", "song.school.required"));
        } else {
            schoolId = directory.school(d.districtId(), d.schoolName()).orElse(null);
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
            long available = checks.available(d.districtId(), d.deviceKind());
            if (d.deviceCount() > available) {
                problems.add(new Problem("deviceCount", "song.distribution.exceeds", available));
            }
        }
        Long evidence = checks.evidence(d.evidence(), problems);
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
        LedgerEntry entry = EntryRows.find(jdbc, entryId);
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
        if (LedgerChecks.blank(reason)) {
            throw new LedgerRefusal(List.of(new Problem("reason", "song.reason.required")));
        }
        LedgerEntry entry = EntryRows.find(jdbc, entryId);
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
                && entry.deviceKind() != null && checks.available(entry.districtId(), entry.deviceKind()) < entry.deviceCount()) {
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
        if (LedgerChecks.blank(reason)) {
            problems.add(new Problem("reason", "song.reason.required"));
        }
        LedgerChecks.Checked checked = checks.check(corrected, problems);
        Long evidence = checks.evidence(corrected.evidence(), problems);
        if (!problems.isEmpty()) {
            throw new LedgerRefusal(problems);
        }
        LedgerEntry original = EntryRows.find(jdbc, entryId);
        if (original.kind() != EntryKind.CONTRIBUTION) {
            throw new ConflictException("song.correct.onlyContributions");
        }
        reverse(entryId, reason, who);
        long id = insertContribution(corrected, checked,
                evidence != null ? evidence : original.evidenceId(), entryId, reason.strip(), who);
        insertConfirmation(id, who);
        return id;
    }

    private long insertContribution(Contribution c, LedgerChecks.Checked checked, Long evidence, Long replaces, String reason, Actor who) {
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
                        c.deviceValue(), c.villagesCovered(), LedgerChecks.blank(c.coverage()) ? null : c.coverage().strip(),
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
}
