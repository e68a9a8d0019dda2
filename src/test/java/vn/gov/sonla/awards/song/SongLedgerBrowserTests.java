package vn.gov.sonla.awards.song;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Viettel's clerk records a gift with its receipt, Sở TT&TT confirms it and records one of its own, the public page
 * shows both under their contributors' names, and Home Affairs sees Viettel's on Viettel's dossier of the program — in
 * a real browser.
 */
@ServerTest
class SongLedgerBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired MessageSource messages;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port,
                messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
    }

    @Test
    void aGiftRecordedConfirmedPublishedAndSeenByTheReviewer() {
        // Viettel's clerk records the unit's gift with its receipt
        browser.signIn("vanthu.viettel", "sonla2021");
        browser.clickToNavigate(By.linkText("Sóng và máy tính cho em"));
        browser.clickToNavigate(By.id("new-contribution"));
        browser.check(By.id("publishName1"));
        setDate(browser.element(By.id("givenOn")), LocalDate.now().minusDays(1));
        browser.type(By.id("money"), "12345000");
        browser.choose(By.id("districtId"), "UBND huyện Mai Sơn"::equals);
        browser.type(By.id("schoolName"), "Trường THCS Hát Lót");
        browser.chooseFile(By.id("evidence"), "bien-nhan-viettel.pdf", "%PDF-1.4\n% biên nhận\n".getBytes());
        browser.clickToNavigate(By.id("save-contribution"));
        String path = browser.waitForPath("/song/entries/\\d+");
        long entry = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        browser.waitForText(By.id("entry-state"), "Chờ xác nhận");
        browser.signOut();

        // Sở TT&TT confirms it
        browser.signIn("stttt", "sonla2021");
        browser.open("/song");
        browser.element(By.id("waiting-" + entry));
        browser.clickToNavigate(By.id("confirm-" + entry));
        browser.waitForTextContaining(By.cssSelector(".notice"), "Đã xác nhận");
        assertThat(browser.isPresent(By.id("waiting-" + entry))).isFalse();
        // and records a gift of its own, which counts at once
        browser.clickToNavigate(By.id("new-contribution"));
        browser.click(By.id("contributorType2"));
        browser.type(By.id("contributorName"), "Công ty TNHH Thử Nghiệm Công Khai");
        browser.check(By.id("publishName1"));
        setDate(browser.element(By.id("givenOn")), LocalDate.now().minusDays(2));
        browser.type(By.id("money"), "7777000");
        browser.clickToNavigate(By.id("save-contribution"));
        browser.waitForPath("/song/entries/\\d+");
        browser.waitForText(By.id("entry-state"), "Đã xác nhận");
        browser.signOut();

        // the public sees it, under Viettel's name, without signing in
        browser.open("/public/song");
        browser.waitForTextContaining(By.id("newest-table"), "12.345.000");
        browser.waitForTextContaining(By.id("newest-table"), "Viettel Sơn La");
        browser.waitForTextContaining(By.id("newest-table"), "Trường THCS Hát Lót");
        browser.waitForTextContaining(By.id("newest-table"), "Công ty TNHH Thử Nghiệm Công Khai");

        // Home Affairs sees it on Viettel's dossier of the program
        long dossier = jdbc.sql("""
                select d.id from dossier d join campaign c on c.id = d.campaign_id
                where c.code = 'SONG_MAY_TINH' and d.status = 'AT_HOME_AFFAIRS' and d.nominee_name like 'Viettel%'
                order by d.id limit 1""").query(Long.class).single();
        browser.signIn("snv", "sonla2021");
        browser.open("/dossiers/" + dossier);
        browser.waitForTextContaining(By.id("song-evidence-" + entry), "12.345.000");
        browser.element(By.cssSelector("#song-evidence-" + entry + " a[href$='/song/entries/" + entry + "/evidence']"));
    }

    /** The date input's typed order follows the browser's language: its ISO value is set as a date picker does. */
    private static void setDate(WebElement input, LocalDate date) {
        ((JavascriptExecutor) ((WrapsDriver) input).getWrappedDriver())
                .executeScript("arguments[0].value = arguments[1]", input, date.toString());
    }
}
