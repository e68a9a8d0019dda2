package vn.gov.sonla.awards.admin;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.sonla.awards.calendar.CalendarDays;
import vn.gov.sonla.awards.calendar.WorkingCalendar;
import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator enters a day off in real Chromium, and the department's queue counts one working day less. */
@ServerTest
class CalendarBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired MessageSource messages;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired WorkingCalendar calendar;
    @Autowired CalendarDays calendarDays;
    @Autowired PlatformTransactionManager transactions;

    final String stamp = Long.toString(System.nanoTime() % 1_000_000);
    LocalDate dayOff;

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port,
                messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
    }

    @AfterEach
    void takeTheDayOffTheCalendar() {
        if (dayOff != null) {
            new TransactionTemplate(transactions).executeWithoutResult(t -> calendarDays.remove(dayOff));
        }
    }

    @Test
    void aDayOffTheAdministratorEntersIsNotCountedInTheQueuesDaysWaited() {
        Dossier dossier = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lường Văn Lịch " + stamp);
        // a test cannot wait two weeks: the dossier is made to have entered its stage fourteen days ago
        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        LocalDate since = today.minusDays(14);
        jdbc.sql("update dossier set status_changed_at = status_changed_at - interval '14 days' where id = ?")
                .param(dossier.getId()).update();
        LocalDate day = since.plusDays(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        int waited = calendar.workingDaysBetween(since, today);

        browser.signIn("syt", "sonla2021");
        browser.waitForPath("/");
        assertThat(daysWaited(dossier)).isEqualTo(queueDays(waited));
        browser.signOut();

        browser.signIn("admin", "sonla2021");
        browser.waitForPath("/");
        browser.open("/admin/calendar");
        browser.setDate(By.id("day"), day);
        browser.type(By.id("name"), "Nghỉ bù " + stamp);
        dayOff = day;
        browser.clickToNavigate(By.cssSelector("form#calendar-form button[type='submit']"));
        browser.waitForText(By.cssSelector("main p.notice"), messages.getMessage("notice.admin.calendarDaySet", null,
                Locale.forLanguageTag("vi")));
        assertThat(browser.text(By.id("calendar-days"))).contains("Nghỉ bù " + stamp);
        browser.signOut();

        browser.signIn("syt", "sonla2021");
        browser.waitForPath("/");
        assertThat(daysWaited(dossier)).isEqualTo(queueDays(waited - 1));
    }

    private String daysWaited(Dossier dossier) {
        browser.open("/review?q=" + java.net.URLEncoder.encode("Lường Văn Lịch " + stamp, java.nio.charset.StandardCharsets.UTF_8));
        return browser.text(By.id("waited-" + dossier.getId()));
    }

    private String queueDays(int waited) {
        int deadline = jdbc.sql("select coalesce(review_days, 10) from campaign where code = 'COVID19'").query(Integer.class).single();
        return messages.getMessage("queue.days", new Object[] {waited, deadline}, Locale.forLanguageTag("vi"));
    }
}
