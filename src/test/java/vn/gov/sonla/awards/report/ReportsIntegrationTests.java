package vn.gov.sonla.awards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.calendar.CalendarDays;
import vn.gov.sonla.awards.calendar.DayKind;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.Downloads;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.UnitSteps;
import vn.gov.sonla.awards.report.Report.Overdue;
import vn.gov.sonla.awards.report.Report.Row;
import vn.gov.sonla.awards.report.Report.StageTime;
import vn.gov.sonla.awards.support.CalendarEntries;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

/**
 * The report's figures against the hand-computed ones of {@link ReportFixture} (a campaign of its own, so the
 * demo data does not count), each role's scope, and the XLSX export against the page.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ReportsIntegrationTests {

    @Autowired Reports reports;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;
    @Autowired MockMvc mvc;
    @Autowired ReportTallies tallyJobs;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired Dossiers dossiers;
    @Autowired UnitSteps unitSteps;
    @Autowired org.springframework.cache.CacheManager caches;
    @Autowired CalendarDays calendarDays;
    @Autowired PlatformTransactionManager transactions;

    ReportFixture fixture;
    ReportFilter wholeCampaign;

    @BeforeEach
    void freshCampaign() {
        fixture = new ReportFixture(jdbc);
        // the fixture writes its dossiers straight into the tables, as another instance would, unseen by the home
        // figures this instance keeps: they are computed again as they would be once their lifetime is over
        caches.getCache(RecentHomeFigures.CACHE).clear();
        wholeCampaign = new ReportFilter(null, null, fixture.campaignId);
    }

    @Test
    void everyBreakdownMatchesTheHandCount() {
        Report report = reports.build(fixtures.user("syt").actor(), wholeCampaign);

        // D1..D4; the draft D5 is the clerk's alone
        Report.Totals t = report.totals();
        assertThat(t.dossiers()).isEqualTo(4);
        assertThat(t.individuals()).isEqualTo(3);
        assertThat(t.collectives()).isEqualTo(1);
        assertThat(t.frontline()).isEqualTo(1);
        assertThat(t.frontlineShare()).isEqualTo(33.3);
        assertThat(t.women()).isEqualTo(2);
        assertThat(t.womenShare()).isEqualTo(66.7);
        assertThat(t.posthumous()).isEqualTo(1);
        assertThat(t.granted()).isEqualTo(1);
        assertThat(t.proposedToCentral()).isZero();

        assertThat(counts(report.byCampaign())).containsExactly(Map.entry(fixture.campaignName, 1L + 3));
        assertThat(counts(report.byStage())).containsExactly(
                Map.entry("status.SUBMITTED", 1L), Map.entry("status.REJECTED", 1L),
                Map.entry("status.ACCEPTED", 1L), Map.entry("status.GRANTED", 1L));
        assertThat(counts(report.byAwardForm())).containsExactly(
                Map.entry("Bằng khen của Chủ tịch UBND tỉnh", 3L), Map.entry("Huân chương Lao động", 1L));
        assertThat(counts(report.byLevel())).containsExactly(
                Map.entry("reports.level.STATE", 1L), Map.entry("reports.level.PROVINCIAL", 3L));
        assertThat(counts(report.byNomineeType())).containsExactly(
                Map.entry("nomineeType.INDIVIDUAL", 3L), Map.entry("nomineeType.COLLECTIVE", 1L));
        assertThat(counts(report.byDistrict())).containsExactly(
                Map.entry("UBND huyện Mai Sơn", 2L), Map.entry("UBND huyện Thuận Châu", 1L),
                Map.entry("reports.provincialLevel", 1L));
        assertThat(counts(report.byUnit())).containsEntry("UBND huyện Mai Sơn", 2L)
                .containsEntry("Bệnh viện Đa khoa tỉnh Sơn La", 1L).hasSize(3);
        assertThat(counts(report.byMonth())).containsExactly(Map.entry("03/2026", 2L), Map.entry("04/2026", 2L));
        assertThat(report.grassroots()).isEqualTo(new Report.Grassroots(1, 2, 1, 1));
    }

    @Test
    void stageDurationsAreMediansAndNinetiethPercentilesOfTheHistoryInWorkingDays() {
        Report report = reports.build(fixtures.user("snv").actor(), wholeCampaign);

        Map<String, StageTime> all = new LinkedHashMap<>();
        report.stageTimes().stream().filter(s -> s.department() == null).forEach(s -> all.put(s.stage(), s));
        // Working days after the day a stage was entered up to the day it was left (02/03/2026 is a Monday):
        // SUBMITTED was left after 2 (D1: Mon 02/03 → Wed 04/03), 2 (D3: Wed 01/04 → Sun 05/04, returned) and 1
        // (D3: Mon 06/04 → Tue 07/04), and 2 (D4: Wed 15/04 → Sat 18/04); the view on 03/04 is not a change of
        // stage; D2 has not left it yet. Sorted 1, 2, 2, 2: median 2, 90th percentile 2.
        assertThat(all.get("SUBMITTED")).isEqualTo(new StageTime(null, "SUBMITTED", 4, 2.0, 2.0));
        assertThat(all.get("RETURNED")).isEqualTo(new StageTime(null, "RETURNED", 1, 1.0, 1.0)); // Sun → Mon
        assertThat(all.get("ACCEPTED")).isEqualTo(new StageTime(null, "ACCEPTED", 1, 1.0, 1.0));
        // Thu 05/03 → Sun 08/03: only the Friday is a working day
        assertThat(all.get("AT_HOME_AFFAIRS")).isEqualTo(new StageTime(null, "AT_HOME_AFFAIRS", 1, 1.0, 1.0));
        assertThat(all.get("APPRAISED")).isEqualTo(new StageTime(null, "APPRAISED", 1, 1.0, 1.0));
        assertThat(all.get("AT_CHAIRMAN")).isEqualTo(new StageTime(null, "AT_CHAIRMAN", 1, 1.0, 1.0));
        assertThat(all.get("APPROVED")).isEqualTo(new StageTime(null, "APPROVED", 1, 1.0, 1.0));
        assertThat(all).hasSize(7);
        // the one compiling department has the same figures
        assertThat(report.stageTimes()).filteredOn(s -> "Sở Y tế".equals(s.department()))
                .extracting(StageTime::stage, StageTime::visits, StageTime::medianDays, StageTime::p90Days)
                .contains(org.assertj.core.groups.Tuple.tuple("SUBMITTED", 4L, 2.0, 2.0)).hasSize(7);
        // a unit's own report counts the same visits from the history of its dossiers (D1, D2)
        assertThat(reports.build(fixtures.user("vanthu.maison").actor(), wholeCampaign).stageTimes())
                .filteredOn(s -> s.department() == null)
                .extracting(StageTime::stage, StageTime::visits, StageTime::medianDays)
                .contains(org.assertj.core.groups.Tuple.tuple("SUBMITTED", 1L, 2.0)).hasSize(6); // D1 was never returned
    }

    @Test
    void theTalliesKeptByTheTriggersAreThoseRecountedFromTheDossiersAndTheirHistory() {
        // real transitions on top of the demo data and the fixture: filed, accepted, sent to Home Affairs
        var accepted = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Tòng Văn Tally");
        fixtures.sent("syt", accepted);
        fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Bạc Thị Tally");
        fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Mùa Văn Tally");
        // a returned dossier moved to the other program takes its finished stage visits along
        var moved = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lường Văn Chuyển");
        departmentSteps.returnForSupplementation(moved.getId(), moved.getVersion(), "Bổ sung số liệu", fixtures.user("syt").actor());
        moved = fixtures.reload(moved, "vanthu.maison");
        long otherProgram = jdbc.sql("select id from campaign where code = 'SONG_MAY_TINH'").query(Long.class).single();
        long sameForm = jdbc.sql("select id from award_form where code = 'CHAIRMAN_CERTIFICATE'").query(Long.class).single();
        unitSteps.changeAward(moved.getId(), moved.getVersion(), new vn.gov.sonla.awards.dossier.DossierCommand(otherProgram,
                sameForm, vn.gov.sonla.awards.campaign.NomineeType.INDIVIDUAL, "Lường Văn Chuyển"), fixtures.user("vanthu.maison").actor());
        assertThat(jdbc.sql("select campaign_id from dossier where id = ?").param(moved.getId()).query(Long.class).single())
                .isEqualTo(otherProgram);
        Map<String, List<String>> kept = tallies();
        assertThat(kept.get("report_dossier_count")).isNotEmpty();
        assertThat(kept.get("report_stage_time")).isNotEmpty();
        assertThat(kept.get("report_waiting")).isNotEmpty();

        tallyJobs.fold(); // merging the pending rows changes no figure
        assertThat(jdbc.sql("select count(*) from report_dossier_count where pending").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from report_waiting where pending").query(Long.class).single()).isZero();
        assertThat(tallies()).isEqualTo(kept);

        tallyJobs.rebuild(); // nor does counting everything again from the dossiers and their history
        assertThat(tallies()).isEqualTo(kept);
    }

    /**
     * A step of a whole submission is one statement of many history events: visits that began on different days and
     * ended on different days, of dossiers filed in different months, each counted with its own pair of days.
     */
    @Test
    void aStatementOfManyEventsCountsEachVisitWithItsOwnDays() {
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly(); // the history is append-only: the events written here leave with the transaction
            List<String> began = jdbc.sql("""
                    select distinct (max(e.occurred_at) at time zone 'Asia/Ho_Chi_Minh')::date::text
                      from dossier_event e join dossier d on d.id = e.dossier_id
                     where d.campaign_id = ? and e.from_status is distinct from e.to_status
                     group by e.dossier_id""").param(fixture.campaignId).query(String.class).list();
            assertThat(began).as("days the fixture's visits began on").hasSizeGreaterThan(2);
            assertThat(jdbc.sql("select count(distinct awards_filing_month(created_at)) from dossier where campaign_id = ?")
                    .param(fixture.campaignId).query(Long.class).single()).as("filing months").isGreaterThan(1);
            // each dossier leaves its stage, on Monday 4 or Thursday 7 May 2026, all in one statement
            int written = jdbc.sql("""
                    insert into dossier_event (dossier_id, occurred_at, actor_username, actor_name, actor_unit_name,
                                               action, from_status, to_status)
                    select d.id, case when d.id % 2 = 0 then timestamptz '2026-05-04 09:00+07' else timestamptz '2026-05-07 15:00+07' end,
                           'fixture', 'Dữ liệu thử', 'Đơn vị thử', 'REJECT', d.status, 'REJECTED'
                      from dossier d
                     where d.campaign_id = ? and d.status <> 'REJECTED'
                       and exists (select 1 from dossier_event e where e.dossier_id = d.id and e.from_status is distinct from e.to_status)
                     order by d.id""").param(fixture.campaignId).update();
            assertThat(written).isGreaterThan(2);

            List<String> kept = tallies().get("report_stage_time");
            jdbc.sql("select awards_rebuild_report_tallies()").query().singleValue();
            assertThat(tallies().get("report_stage_time")).isEqualTo(kept);
        });
    }

    @Test
    void aChangeToTheCalendarRecountsTheStageDurationsAcrossIt() {
        CalendarEntries entries = new CalendarEntries(calendarDays, transactions);
        Map<String, List<String>> before = tallies();
        try {
            // Tuesday 3 March off: D1's visit of SUBMITTED (Monday 02/03 → Wednesday 04/03) lasted 1 working day, not 2
            entries.set(LocalDate.of(2026, 3, 3), DayKind.HOLIDAY, "Ngày nghỉ kiểm thử");
            Map<String, List<String>> kept = tallies();
            assertThat(kept).isNotEqualTo(before);
            tallyJobs.rebuild();
            assertThat(tallies()).isEqualTo(kept);
            // SUBMITTED left after 1 (D1), 2 and 1 (D3), 2 (D4): median 1.5
            assertThat(submitted()).isEqualTo(new StageTime(null, "SUBMITTED", 4, 1.5, 2.0));

            // Saturday 4 April worked: D3's first visit (Wednesday 01/04 → Sunday 05/04) lasted 3 working days
            entries.set(LocalDate.of(2026, 4, 4), DayKind.WORKING_DAY, "Làm bù kiểm thử");
            kept = tallies();
            tallyJobs.rebuild();
            assertThat(tallies()).isEqualTo(kept);
            assertThat(submitted()).isEqualTo(new StageTime(null, "SUBMITTED", 4, 1.5, 2.7));
        } finally {
            entries.restore();
        }
        assertThat(tallies()).isEqualTo(before);
        assertThat(submitted()).isEqualTo(new StageTime(null, "SUBMITTED", 4, 2.0, 2.0));
    }

    /** Stage SUBMITTED of the fixture's program, for all departments, as the report now has it. */
    private StageTime submitted() {
        return freshReport(fixtures.user("snv"), wholeCampaign).stageTimes().stream()
                .filter(s -> s.department() == null && s.stage().equals("SUBMITTED")).findFirst().orElseThrow();
    }

    @Test
    void awardFormsAreCountedAsTheDepartmentAcceptedThem() {
        long covid = jdbc.sql("select id from campaign where code = 'COVID19'").query(Long.class).single();
        long provincialId = jdbc.sql("select id from award_form where code = 'CHAIRMAN_CERTIFICATE'").query(Long.class).single();
        String provincial = jdbc.sql("select name from award_form where id = ?").param(provincialId).query(String.class).single();
        String filed = jdbc.sql("select name from award_form where code = 'PM_CERTIFICATE'").query(String.class).single();
        ReportFilter program = new ReportFilter(null, null, covid);
        var d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "PM_CERTIFICATE", "Hà Văn Đổi " + System.nanoTime());
        List<CurrentUser> tallied = List.of(fixtures.user("snv"), fixtures.user("syt"));
        List<CurrentUser> counted = List.of(fixtures.user("vanthu.maison"));
        Map<String, Map<String, Long>> before = new LinkedHashMap<>();
        Map<String, Map<String, Long>> levelsBefore = new LinkedHashMap<>();
        for (CurrentUser u : concat(tallied, counted)) {
            Report report = freshReport(u, program);
            before.put(u.getUsername(), counts(report.byAwardForm()));
            levelsBefore.put(u.getUsername(), counts(report.byLevel()));
        }

        departmentSteps.accept(d.getId(), d.getVersion(), provincialId, "Thành tích ở phạm vi tỉnh", fixtures.user("syt").actor());

        for (CurrentUser u : concat(tallied, counted)) {
            Report report = freshReport(u, program);
            Map<String, Long> forms = counts(report.byAwardForm());
            Map<String, Long> formsWere = before.get(u.getUsername());
            assertThat(formsWere.getOrDefault(filed, 0L)).as(u.getUsername() + ": filed").isPositive();
            assertThat(forms.getOrDefault(provincial, 0L)).as(u.getUsername() + ": " + provincial)
                    .isEqualTo(formsWere.getOrDefault(provincial, 0L) + 1);
            assertThat(forms.getOrDefault(filed, 0L)).as(u.getUsername() + ": " + filed)
                    .isEqualTo(formsWere.get(filed) - 1);
            Map<String, Long> levels = counts(report.byLevel());
            Map<String, Long> levelsWere = levelsBefore.get(u.getUsername());
            for (String level : List.of("reports.level.PROVINCIAL", "reports.level.STATE")) {
                long change = level.endsWith("PROVINCIAL") ? 1 : -1;
                assertThat(levels.getOrDefault(level, 0L)).as(u.getUsername() + ": " + level)
                        .isEqualTo(levelsWere.getOrDefault(level, 0L) + change);
            }
        }
    }

    /** The report as of now, not one computed for the same scope and filter in the last minute. */
    private Report freshReport(CurrentUser asker, ReportFilter filter) {
        caches.getCache(RecentReports.CACHE).clear();
        return reports.build(asker.actor(), filter);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Every tally's cells with their summed measures, as text, whatever mix of pending and merged rows. */
    private Map<String, List<String>> tallies() {
        Map<String, List<String>> tallies = new LinkedHashMap<>();
        tallies.put("report_dossier_count", jdbc.sql("""
                select concat_ws(' ', campaign_id, month, status, award_form_id, nominee_type,
                                 sum(n), sum(individuals), sum(frontline), sum(women), sum(posthumous))
                  from report_dossier_count group by campaign_id, month, status, award_form_id, nominee_type
                having sum(n) <> 0 or sum(frontline) <> 0 or sum(women) <> 0 or sum(posthumous) <> 0 order by 1""")
                .query(String.class).list());
        tallies.put("report_unit_count", jdbc.sql("""
                select concat_ws(' ', campaign_id, month, unit_id, sum(n)) from report_unit_count
                 group by campaign_id, month, unit_id having sum(n) <> 0 order by 1""").query(String.class).list());
        tallies.put("report_stage_time", jdbc.sql("""
                select concat_ws(' ', campaign_id, month, stage, working_days, sum(visits)) from report_stage_time
                 group by campaign_id, month, stage, working_days having sum(visits) <> 0 order by 1""")
                .query(String.class).list());
        tallies.put("report_waiting", jdbc.sql("""
                select concat_ws(' ', campaign_id, month, status, entered_on, sum(n)) from report_waiting
                 group by campaign_id, month, status, entered_on having sum(n) <> 0 order by 1""")
                .query(String.class).list());
        return tallies;
    }

    @Test
    void percentilesFromCountedVisitsAreThoseOfPercentileCont() {
        java.util.TreeMap<Integer, Long> days = new java.util.TreeMap<>(Map.of(1, 1L, 2, 1L, 3, 1L, 4, 1L));
        assertThat(Timeliness.percentile(days, 4, 0.5)).isEqualTo(2.5);
        assertThat(Timeliness.percentile(days, 4, 0.9)).isCloseTo(3.7, org.assertj.core.data.Offset.offset(1e-9));
        java.util.TreeMap<Integer, Long> skewed = new java.util.TreeMap<>(Map.of(0, 3L, 5, 1L, 20, 1L));
        for (double p : new double[] {0.5, 0.9}) {
            double expected = jdbc.sql("select percentile_cont(?) within group (order by v) from unnest(array[0, 0, 0, 5, 20]) v")
                    .param(p).query(Double.class).single();
            assertThat(Timeliness.percentile(skewed, 5, p)).as("p%s", p).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(Timeliness.percentile(new java.util.TreeMap<>(Map.of(7, 1L)), 1, 0.9)).isEqualTo(7.0);
    }

    @Test
    void overdueDossiersAreThoseWaitingLongerThanTheCampaignsDeadlineInWorkingDays() {
        Report report = reports.build(fixtures.user("syt").actor(), wholeCampaign);

        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        // review deadline of the campaign: 5 working days; D2 waits in SUBMITTED since 10/03, D3 in ACCEPTED since 07/04
        assertThat(report.overdue()).containsExactly(
                new Overdue("SUBMITTED", "Sở Y tế", 1, workingDaysAfter(LocalDate.of(2026, 3, 10), today)),
                new Overdue("ACCEPTED", "Sở Y tế", 1, workingDaysAfter(LocalDate.of(2026, 4, 7), today)));
        assertThat(report.overdueTotal()).isEqualTo(2);

        // filed in April: D3 alone (read from the tally by filing month)
        assertThat(reports.build(fixtures.user("syt").actor(), new ReportFilter(YearMonth.of(2026, 4), YearMonth.of(2026, 4),
                fixture.campaignId)).overdue()).containsExactly(
                new Overdue("ACCEPTED", "Sở Y tế", 1, workingDaysAfter(LocalDate.of(2026, 4, 7), today)));
        // a unit's own report counts its dossiers: D2 for Mai Sơn, D3 for the hospital
        assertThat(reports.build(fixtures.user("vanthu.maison").actor(), wholeCampaign).overdue()).containsExactly(
                new Overdue("SUBMITTED", "Sở Y tế", 1, workingDaysAfter(LocalDate.of(2026, 3, 10), today)));
        assertThat(reports.build(fixtures.user("vanthu.bvdk").actor(), wholeCampaign).overdue()).containsExactly(
                new Overdue("ACCEPTED", "Sở Y tế", 1, workingDaysAfter(LocalDate.of(2026, 4, 7), today)));
    }

    @Test
    void workingDaysAndTheOverdueBoundAgreeWithCountingDayByDay() {
        LocalDate start = LocalDate.of(2026, 2, 23);
        for (int a = 0; a < 21; a++) {
            for (int b = 0; b < 40; b++) {
                LocalDate from = start.plusDays(a);
                LocalDate to = start.plusDays(b);
                assertThat(jdbc.sql("select awards_working_days(?, ?)").params(from, to).query(Integer.class).single())
                        .as("%s → %s", from, to).isEqualTo(workingDaysAfter(from, to));
            }
            // entering a stage before the (k+1)-th working day back means more than k working days waited
            LocalDate today = start.plusDays(a + 14);
            for (int k = 1; k <= 6; k++) {
                LocalDate bound = jdbc.sql("select awards_working_day_back(?, ?)").params(today, k + 1)
                        .query(LocalDate.class).single();
                assertThat(workingDaysAfter(bound.minusDays(1), today)).isGreaterThan(k);
                assertThat(workingDaysAfter(bound, today)).isLessThanOrEqualTo(k);
            }
        }
    }

    @Test
    void thePeriodFiltersOnTheFilingDateAndGiayKhenOnTheirDecisionDate() {
        Report april = reports.build(fixtures.user("syt").actor(),
                new ReportFilter(YearMonth.of(2026, 4), YearMonth.of(2026, 4), fixture.campaignId));
        assertThat(april.totals().dossiers()).isEqualTo(2); // D3, D4
        assertThat(april.grassroots().decisions()).isEqualTo(1);

        Report march = reports.build(fixtures.user("syt").actor(),
                new ReportFilter(YearMonth.of(2026, 3), YearMonth.of(2026, 2), fixture.campaignId));
        assertThat(march.filter().from()).isEqualTo(YearMonth.of(2026, 2)); // months put in order
        assertThat(march.totals().dossiers()).isEqualTo(2); // D1, D2
        assertThat(march.grassroots().decisions()).isZero();
    }

    @Test
    void eachRoleSeesItsOwnScope() throws Exception {
        assertThat(total("snv")).isEqualTo(4);
        assertThat(total("vpubnd")).isEqualTo(4);
        assertThat(total("syt")).isEqualTo(4);
        assertThat(total("stttt")).isZero(); // not its program
        assertThat(total("vanthu.maison")).isEqualTo(3); // D1, D2 and its own draft D5
        assertThat(total("vanthu.bvdk")).isEqualTo(1); // D3
        assertThat(reports.build(fixtures.user("stttt").actor(), wholeCampaign).grassroots().decisions()).isZero();
        assertThat(reports.build(fixtures.user("vanthu.bvdk").actor(), wholeCampaign).grassroots().decisions()).isZero();
        assertThat(reports.build(fixtures.user("vanthu.maison").actor(), wholeCampaign).grassroots().decisions()).isEqualTo(1);

        mvc.perform(get("/reports").with(user(fixtures.user("admin")))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/export.xlsx").with(user(fixtures.user("admin")))).andExpect(status().isForbidden());
        mvc.perform(get("/reports")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theExportHoldsTheSameNumbersAsThePage() throws Exception {
        var snv = user(fixtures.user("snv"));
        String page = mvc.perform(get("/reports").param("campaignId", String.valueOf(fixture.campaignId))
                        .param("from", "2026-03").param("to", "2026-04").with(snv))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        byte[] xlsx = mvc.perform(get("/reports/export.xlsx").param("campaignId", String.valueOf(fixture.campaignId))
                        .param("from", "2026-03").param("to", "2026-04").with(snv))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Downloads.XLSX.toString()))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, String> summary = pairs(book.getSheetAt(0));
            assertThat(summary.get("Phong trào")).isEqualTo(fixture.campaignName);
            assertThat(summary.get("Từ tháng")).isEqualTo("03/2026");
            assertThat(summary.get("Đến tháng")).isEqualTo("04/2026");
            assertThat(summary.get("Thời điểm lập báo cáo")).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
            assertThat(summary.get("Tổng số hồ sơ")).isEqualTo(onPage(page, "total-dossiers")).isEqualTo("4");
            assertThat(summary.get("Cá nhân")).isEqualTo(onPage(page, "total-individuals"));
            assertThat(summary.get("Tập thể")).isEqualTo(onPage(page, "total-collectives"));
            assertThat(summary.get("Truy tặng")).isEqualTo(onPage(page, "total-posthumous"));
            assertThat(summary.get("Hồ sơ đang quá hạn xử lý")).isEqualTo(onPage(page, "overdue-total")).isEqualTo("2");
            assertThat(onPage(page, "total-women")).startsWith(summary.get("Cá nhân là nữ") + " (" + summary.get("Tỷ lệ nữ trong cá nhân (%)").replace('.', ',') + "%"); // Vietnamese decimal comma on the page

            // every breakdown sheet: the same rows, in the same order, as the table under the page's heading
            for (String[] part : List.of(new String[] {"by-district", "Theo huyện, thành phố"},
                    new String[] {"by-stage", "Theo bước xử lý"}, new String[] {"by-month", "Theo tháng lập hồ sơ"},
                    new String[] {"by-award-form", "Theo hình thức khen thưởng"})) {
                Sheet sheet = book.getSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(part[1]));
                assertThat(rows(sheet)).as(part[1]).isEqualTo(tableRows(page, part[0])).isNotEmpty();
            }
        }
    }

    @Test
    void theHomePageOpensOnTheRolesFigures() throws Exception {
        String home = mvc.perform(get("/").with(user(fixtures.user("syt"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Reports.HomeFigures figures = reports.homeFigures(fixtures.user("syt").actor());
        assertThat(figures.overdue()).isGreaterThanOrEqualTo(2); // at least this fixture's two
        assertThat(onPage(home, "figure-overdue")).isEqualTo(String.valueOf(figures.overdue()));
        assertThat(onPage(home, "figure-queue")).isEqualTo(String.valueOf(figures.queue()));
        assertThat(onPage(home, "figure-decided")).isEqualTo(String.valueOf(figures.decidedThisMonth()));
    }

    @Test
    void theHomeFiguresOfWholeProgramsAreThoseCountedFromTheDossiers() {
        CurrentUser syt = fixtures.user("syt");
        assertThat(reports.homeFigures(syt.actor())).isEqualTo(counted(syt, "'SUBMITTED', 'ACCEPTED'"));
        long overdueBefore = reports.homeFigures(syt.actor()).overdue();

        // real transitions: one filed, one accepted and sent to Home Affairs, and the fixture's D2 (SUBMITTED since
        // 10/03, overdue) accepted today, so no longer late
        fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Hôm");
        fixtures.sent("syt", fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Hà Thị Hôm"));
        long d2 = jdbc.sql("select id from dossier where campaign_id = ? and status = 'SUBMITTED'")
                .param(fixture.campaignId).query(Long.class).single();
        departmentSteps.accept(d2, jdbc.sql("select version from dossier where id = ?").param(d2).query(Long.class).single(), syt.actor());

        Reports.HomeFigures after = reports.homeFigures(syt.actor());
        assertThat(after).isEqualTo(counted(syt, "'SUBMITTED', 'ACCEPTED'"));
        assertThat(after.overdue()).isEqualTo(overdueBefore - 1);
        assertThat(after.queue()).isPositive();
        // D2's rows in SUBMITTED since 10/03 now cancel out: neither a late dossier nor the longest wait
        assertThat(reports.build(syt.actor(), wholeCampaign).overdue()).containsExactly(new Overdue("ACCEPTED", "Sở Y tế", 1,
                workingDaysAfter(LocalDate.of(2026, 4, 7), LocalDate.now(ProvinceTime.ZONE))));
        // the province's roles read the same tallies
        assertThat(reports.homeFigures(fixtures.user("snv").actor())).isEqualTo(counted(fixtures.user("snv"), "'AT_HOME_AFFAIRS', 'APPRAISED'"));
        assertThat(reports.homeFigures(fixtures.user("vpubnd").actor())).isEqualTo(counted(fixtures.user("vpubnd"), "'AT_CHAIRMAN', 'APPROVED'"));
    }

    /**
     * A role's home figures counted from its dossiers alone: late is more whole working days after the day the
     * stage was entered than the campaign's deadline for it, counted day by day in SQL.
     */
    private Reports.HomeFigures counted(CurrentUser user, String queue) {
        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        return jdbc.sql("""
                select count(*) filter (where d.status in (%s)) as queue,
                       count(*) filter (where (select count(*) from generate_series(
                                                   (d.status_changed_at at time zone 'Asia/Ho_Chi_Minh')::date + 1, :today, interval '1 day') day
                                                where extract(isodow from day) < 6)
                                              > case when d.status in ('SUBMITTED', 'ACCEPTED') then coalesce(c.review_days, 10)
                                                     when d.status in ('AT_HOME_AFFAIRS', 'APPRAISED') then coalesce(c.appraisal_days, 10)
                                                     when d.status in ('AT_CHAIRMAN', 'APPROVED') then coalesce(c.decision_days, 10) end) as overdue,
                       count(*) filter (where exists (select 1 from certificate ce join award_decision ad on ad.id = ce.decision_id
                                                       where ce.dossier_id = d.id and ad.issued_on >= :monthStart)) as decided
                  from dossier d join campaign c on c.id = d.campaign_id
                 where d.status <> 'DRAFT' and (:unit = 0 or c.compiling_unit_id = :unit)
                """.formatted(queue))
                .param("today", today).param("monthStart", today.withDayOfMonth(1))
                .param("unit", user.role() == Role.DEPARTMENT ? user.unitId() : 0L)
                .query((rs, n) -> new Reports.HomeFigures(rs.getLong("queue"), rs.getLong("overdue"), rs.getLong("decided")))
                .single();
    }

    private long total(String username) {
        return reports.build(fixtures.user(username).actor(), wholeCampaign).totals().dossiers();
    }

    private static Map<String, Long> counts(List<Row> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put(r.labelKey() != null ? r.labelKey() : r.label(), r.count()));
        return counts;
    }

    /** Working days after one day up to another, counted day by day from the calendar's table. */
    private int workingDaysAfter(LocalDate from, LocalDate to) {
        Map<LocalDate, String> listed = new java.util.HashMap<>();
        jdbc.sql("select day, kind from calendar_day where day > ? and day <= ?").params(from, to)
                .query((rs, n) -> listed.put(rs.getObject(1, LocalDate.class), rs.getString(2))).list();
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (listed.containsKey(d) ? listed.get(d).equals("WORKING_DAY") : weekday) {
                n++;
            }
        }
        return n;
    }

    private static String onPage(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("element #" + id).isTrue();
        return m.group(1).trim();
    }

    private static List<List<String>> tableRows(String html, String sectionId) {
        int start = html.indexOf("id=\"" + sectionId + "\"");
        assertThat(start).as(sectionId).isPositive();
        String section = html.substring(start, html.indexOf("</table>", start));
        String body = section.substring(section.indexOf("<tbody>"));
        Matcher m = Pattern.compile("<tr>\\s*<td[^>]*>([^<]*)</td>\\s*<td class=\"num\"[^>]*>([^<]*)</td>").matcher(body);
        List<List<String>> rows = new java.util.ArrayList<>();
        while (m.find()) {
            rows.add(List.of(unescape(m.group(1).trim()), m.group(2).trim()));
        }
        return rows;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (row.getRowNum() > 0) {
                rows.add(List.of(f.formatCellValue(row.getCell(0)), f.formatCellValue(row.getCell(1))));
            }
        }
        return rows;
    }

    private static Map<String, String> pairs(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        Map<String, String> pairs = new LinkedHashMap<>();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (row.getCell(1) != null) {
                pairs.put(f.formatCellValue(row.getCell(0)), f.formatCellValue(row.getCell(1)));
            }
        }
        return pairs;
    }
}
