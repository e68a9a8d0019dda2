package vn.gov.sonla.awards.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import vn.gov.sonla.awards.support.CalendarEntries;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

/**
 * The calendar as the Java side and the database count it (they must agree: deadlines are checked in both), and the
 * administrator's page that keeps it, each change in the administration log.
 */
@IntegrationTest
@AutoConfigureMockMvc
class WorkingCalendarIntegrationTests {

    @Autowired WorkingCalendar calendar;
    @Autowired CalendarDays days;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    CalendarEntries entries;

    @BeforeEach
    void entries() {
        entries = new CalendarEntries(days, transactions);
    }

    @AfterEach
    void restore() {
        entries.restore();
    }

    @Test
    void javaAndTheDatabaseCountTetAndAMakeUpSaturdayAlike() {
        // Tết Đinh Mùi: Thursday 4 to Thursday 11 February 2027 off, Saturday 30 January worked in lieu
        LocalDate makeUp = LocalDate.of(2027, 1, 30);
        int before = calendar.workingDaysBetween(makeUp.minusDays(1), makeUp.plusDays(2));
        entries.daysOff(LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 11), "Tết Nguyên đán");
        entries.set(makeUp, DayKind.WORKING_DAY, "Làm bù cho ngày 10/02");

        // Friday 29 January to Monday 1 February: the make-up Saturday counts
        assertThat(calendar.workingDaysBetween(makeUp.minusDays(1), makeUp.plusDays(2))).isEqualTo(before + 1).isEqualTo(2);
        assertThat(sqlWorkingDays(makeUp.minusDays(1), makeUp.plusDays(2))).isEqualTo(2);
        // the day before Tết to the last day off: no working day
        assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 11))).isZero();
        assertThat(calendar.tetEntered(2027)).isTrue();

        LocalDate start = LocalDate.of(2027, 1, 24);
        for (int a = 0; a < 30; a++) {
            for (int b = a; b < 40; b++) {
                LocalDate from = start.plusDays(a);
                LocalDate to = start.plusDays(b);
                assertThat(sqlWorkingDays(from, to)).as("%s → %s", from, to).isEqualTo(calendar.workingDaysBetween(from, to));
            }
            // entering a stage before the (k+1)-th working day back means more than k working days waited
            LocalDate today = start.plusDays(a + 10);
            for (int k = 1; k <= 6; k++) {
                LocalDate bound = jdbc.sql("select awards_working_day_back(?, ?)").params(today, k + 1)
                        .query(LocalDate.class).single();
                assertThat(calendar.isWorkingDay(bound)).isTrue();
                assertThat(calendar.workingDaysBetween(bound.minusDays(1), today)).as("%s, %s", today, k).isGreaterThan(k);
                assertThat(calendar.workingDaysBetween(bound, today)).as("%s, %s", today, k).isLessThanOrEqualTo(k);
            }
        }
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 3), 1)).isEqualTo(LocalDate.of(2027, 2, 12));
    }

    @Test
    void theFixedHolidaysAreListedForEveryYear() {
        for (int year = 2020; year <= 2040; year++) {
            assertThat(calendar.year(year)).extracting(CalendarDay::day).contains(LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 2));
        }
        // Thursday 30 April and Friday 1 May 2026 are off
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 4))).isEqualTo(1);
    }

    @Test
    void theAdministratorListsAndRemovesADayAndTheLogSaysSo() throws Exception {
        var admin = fixtures.user("admin");
        LocalDate day = LocalDate.of(2099, 4, 28); // a Tuesday
        int before = calendar.workingDaysBetween(day.minusDays(1), day);
        assertThat(before).isEqualTo(1);

        mvc.perform(get("/admin/calendar").param("year", "2099").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"tet-missing\"")));
        mvc.perform(post("/admin/calendar").with(user(admin)).with(csrf())
                        .param("day", day.toString()).param("kind", "HOLIDAY").param("name", "Giỗ Tổ Hùng Vương"))
                .andExpect(redirectedUrl("/admin/calendar?year=2099"));
        assertThat(calendar.workingDaysBetween(day.minusDays(1), day)).isZero();
        assertThat(sqlWorkingDays(day.minusDays(1), day)).isZero();
        assertThat(lastLogLine()).containsExactly("CALENDAR_DAY_SET", "2099-04-28", "HOLIDAY · Giỗ Tổ Hùng Vương");
        mvc.perform(get("/admin/calendar").param("year", "2099").with(user(admin)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Giỗ Tổ Hùng Vương")));

        // a make-up working day on a weekday means nothing: refused on the field, what was typed comes back
        mvc.perform(post("/admin/calendar").with(user(admin)).with(csrf())
                        .param("day", "2099-04-29").param("kind", "WORKING_DAY").param("name", "Làm bù"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "kind"));
        // nobody but the administrator keeps the calendar
        mvc.perform(post("/admin/calendar").with(user(fixtures.user("syt"))).with(csrf())
                        .param("day", "2099-04-30").param("kind", "HOLIDAY").param("name", "Nghỉ"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/calendar/remove").with(user(admin)).with(csrf()).param("day", day.toString()))
                .andExpect(redirectedUrl("/admin/calendar?year=2099"));
        assertThat(calendar.workingDaysBetween(day.minusDays(1), day)).isEqualTo(1);
        assertThat(lastLogLine()).containsExactly("CALENDAR_DAY_REMOVED", "2099-04-28", "HOLIDAY · Giỗ Tổ Hùng Vương");
        mvc.perform(post("/admin/calendar/remove").with(user(admin)).with(csrf()).param("day", day.toString()))
                .andExpect(status().isNotFound());
    }

    private int sqlWorkingDays(LocalDate from, LocalDate to) {
        return jdbc.sql("select awards_working_days(?, ?)").params(from, to).query(Integer.class).single();
    }

    private List<String> lastLogLine() {
        return jdbc.sql("select action, target, details from admin_audit order by id desc limit 1")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
    }
}
