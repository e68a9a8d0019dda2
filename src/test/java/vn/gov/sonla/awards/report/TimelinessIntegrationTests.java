package vn.gov.sonla.awards.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.gov.sonla.awards.calendar.CalendarDays;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.dossier.StageDeadlines;
import vn.gov.sonla.awards.report.Report.Overdue;
import vn.gov.sonla.awards.support.CalendarEntries;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue figures of a report under the deadline that applies when a campaign sets none
 * ({@code awards.deadline.working-days}): the one configured, not a number of its own. Each {@link Timeliness} is
 * built here with its deadlines and a clock set to Friday 6 March 2026, on the shared context's database.
 */
@IntegrationTest
class TimelinessIntegrationTests {

    /** Friday 6 March 2026, noon in Sơn La. */
    static final Clock FRIDAY = Clock.fixed(at(6, 12).toInstant(), ProvinceTime.ZONE);

    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;
    @Autowired CalendarDays calendarDays;
    @Autowired PlatformTransactionManager transactions;

    long campaignId;
    long syt;

    /**
     * A program of Sở Y tế that sets no deadline, with two dossiers of Mai Sơn: one submitted on Monday 2 March
     * (4 working days by Friday), one at Home Affairs since Tuesday 3 March (3 working days).
     */
    @BeforeEach
    void aProgramWithoutDeadlines() {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        syt = jdbc.sql("select id from unit where code = 'SYT'").query(Long.class).single();
        campaignId = jdbc.sql("""
                insert into campaign (code, name, short_name, plan_number, plan_date, compiling_unit_id, active,
                                      review_days, appraisal_days, decision_days)
                values (:code, :name, :name, '1/KH-TEST', date '2026-01-01', :syt, true, null, null, null) returning id""")
                .param("code", code).param("name", "Phong trào thử hạn mặc định " + code).param("syt", syt)
                .query(Long.class).single();
        waiting("SUBMITTED", at(2, 10));
        waiting("AT_HOME_AFFAIRS", at(3, 10));
    }

    @Test
    void aProgramWithoutDeadlinesIsHeldToTheConfiguredDefault() {
        ReportScope department = ReportScope.of(fixtures.user("syt").actor());
        ReportScope unit = ReportScope.of(fixtures.user("vanthu.maison").actor());

        // 3 working days allowed: the submitted dossier (4) is late, the one at Home Affairs (3) is not yet
        for (ReportScope scope : List.of(department, unit)) {
            assertThat(overdue(3, scope)).as(scope.dossierCondition())
                    .containsExactly(new Overdue("SUBMITTED", "Sở Y tế", 1, 4));
            assertThat(overdue(2, scope)).as(scope.dossierCondition()).containsExactly(
                    new Overdue("SUBMITTED", "Sở Y tế", 1, 4), new Overdue("AT_HOME_AFFAIRS", "Sở Y tế", 1, 3));
            assertThat(overdue(10, scope)).as(scope.dossierCondition()).isEmpty();
        }
        // the home page's figure follows the same deadline (other programs can only add to the difference)
        assertThat(timeliness(3).overdueCount(department) - timeliness(10).overdueCount(department)).isPositive();
    }

    @Test
    void aDossierSubmittedTheDayBeforeTetIsNotOverdueDuringTet() {
        ReportScope department = ReportScope.of(fixtures.user("syt").actor());
        ReportScope unit = ReportScope.of(fixtures.user("vanthu.maison").actor());
        CalendarEntries entries = new CalendarEntries(calendarDays, transactions);
        try {
            // submitted on Monday 2 March, and Tết from Tuesday 3 to Wednesday 11 March: by Friday 6 it has waited
            // no working day, and neither has the dossier at Home Affairs since the first day of Tết
            entries.daysOff(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 11), "Tết Nguyên đán");
            for (ReportScope scope : List.of(department, unit)) {
                assertThat(overdue(3, scope)).as(scope.dossierCondition()).isEmpty();
                assertThat(overdue(0, scope)).as(scope.dossierCondition()).isEmpty();
            }
            assertThat(timeliness(0).overdueCount(unit)).isZero();
        } finally {
            entries.restore();
        }
        assertThat(overdue(3, department)).containsExactly(new Overdue("SUBMITTED", "Sở Y tế", 1, 4));
    }

    private List<Overdue> overdue(int defaultDays, ReportScope scope) {
        return timeliness(defaultDays).overdue(scope, new ReportFilter(null, null, campaignId), Map.of(syt, "Sở Y tế"));
    }

    private Timeliness timeliness(int defaultDays) {
        return new Timeliness(jdbc, new StageDeadlines(defaultDays), FRIDAY);
    }

    /** A dossier of Mai Sơn filed two hours before it entered its stage, that day. */
    private void waiting(String status, OffsetDateTime since) {
        jdbc.sql("""
                insert into dossier (campaign_id, award_form_id, unit_id, nominee_type, nominee_name, achievement_summary,
                                     status, created_at, created_by, status_changed_at)
                values (:campaign, (select id from award_form where code = 'CHAIRMAN_CERTIFICATE'),
                        (select id from unit where code = 'MAISON'), 'COLLECTIVE', :name, 'Thành tích', :status,
                        :created, 'fixture', :since)""")
                .param("campaign", campaignId).param("name", "Tập thể chờ " + status).param("status", status)
                .param("created", since.minusHours(2)).param("since", since).update();
    }

    /** A time in Sơn La on a day of March 2026. */
    private static OffsetDateTime at(int day, int hour) {
        return LocalDateTime.of(2026, 3, day, hour, 0).atZone(ProvinceTime.ZONE).toOffsetDateTime();
    }
}
