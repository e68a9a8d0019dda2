package vn.gov.sonla.awards.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.common.Downloads;
import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.ServerTest;

/**
 * Home Affairs produces the movement results report in a real browser: opens it from the menu, filters it on one
 * program, reads the figures and the charts, and downloads the XLSX through the page's link.
 */
@ServerTest
class ReportsBrowserTests {

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
    void homeAffairsFiltersTheReportAndDownloadsTheExport() throws Exception {
        ReportFixture fixture = new ReportFixture(jdbc);

        browser.signIn("snv", "sonla2021");
        browser.element(By.id("figure-overdue")); // the home page opens on its figures
        browser.clickToNavigate(By.linkText("Báo cáo"));
        browser.waitForPath("/reports");
        browser.element(By.cssSelector("#by-district svg rect"));

        browser.choose(By.id("r-campaign"), fixture.campaignName::equals);
        browser.clickToNavigate(By.cssSelector("#report-filter button[type='submit']"));
        assertThat(browser.waitForPath("/reports\\?.*")).contains("campaignId=" + fixture.campaignId);
        browser.waitForText(By.id("total-dossiers"), "4");
        browser.waitForText(By.id("overdue-total"), "2");
        assertThat(browser.elements(By.cssSelector("#by-district svg rect"))).hasSize(3);
        assertThat(browser.elements(By.cssSelector("#by-district tbody tr"))).hasSize(3);

        String href = browser.element(By.id("export-xlsx")).getDomProperty("href");
        assertThat(href).contains("campaignId=" + fixture.campaignId);
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains(Downloads.XLSX.toString());
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(download.body()).startsWith('P', 'K'); // a zip container, as every XLSX
    }
}
