package vn.gov.sonla.awards.review;

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

import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Department of Health works its queue in real Chromium: returns one dossier, accepts others at once,
 * drafts a submission, takes one out again, sends it, and downloads the submission's PDF.
 */
@ServerTest
class ReviewBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired MessageSource messages;
    @Autowired Fixtures fixtures;

    final String stamp = Long.toString(System.nanoTime() % 1_000_000);

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port,
                messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
    }

    @Test
    void theDepartmentReturnsOneAcceptsOthersAndSendsASubmission() throws Exception {
        Dossier toReturn = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Quàng Văn Trả " + stamp);
        Dossier first = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Quàng Thị Nhận " + stamp);
        Dossier second = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Quàng Văn Nhận " + stamp);

        browser.signIn("syt", "sonla2021");
        browser.waitForPath("/");
        browser.clickToNavigate(By.cssSelector("nav a[href='/review']"));
        browser.type(By.id("q"), "quang " + stamp);
        browser.clickToNavigate(By.cssSelector("form.filters button[type='submit']"));
        assertThat(browser.text(By.id("submitted"))).contains("Quàng Văn Trả " + stamp, "Quàng Thị Nhận " + stamp,
                "Quàng Văn Nhận " + stamp);

        // return one, saying which section and what is missing
        browser.clickToNavigate(By.xpath("//table[@id='submitted']//a[normalize-space(.)='Quàng Văn Trả " + stamp + "']"));
        browser.check(By.id("section-NOMINEE"));
        browser.type(By.id("return-reason"), "Ghi rõ đơn vị công tác và năm sinh.");
        browser.clickToNavigate(By.cssSelector("form#action-return button[type='submit']"));
        browser.waitForText(By.id("dossier-status"), "Bị trả lại, cần bổ sung");

        // accept the two others at once from the queue
        browser.clickToNavigate(By.cssSelector("nav a[href='/review']"));
        browser.type(By.id("q"), "quang " + stamp);
        browser.clickToNavigate(By.cssSelector("form.filters button[type='submit']"));
        browser.check(By.id("pick-" + first.getId()));
        browser.check(By.id("pick-" + second.getId()));
        browser.clickToNavigate(By.cssSelector("form#bulk-accept button[type='submit']"));
        browser.waitForTextContaining(By.cssSelector("main p.notice"), "2/2");

        // draft a submission with both (the "accepted" tab keeps the queue's filter), take one out, send it
        browser.clickToNavigate(By.cssSelector("nav.tabs a[href^='/review/accepted?q=quang']"));
        browser.check(By.id("include-" + first.getId()));
        browser.check(By.id("include-" + second.getId()));
        browser.clickToNavigate(By.cssSelector("form#compile button[type='submit']"));
        String draftPath = browser.waitForPath("/review/submissions/\\d+");
        browser.clickToNavigate(By.id("remove-" + second.getId()));
        assertThat(browser.text(By.id("submission-dossiers"))).contains("Quàng Thị Nhận " + stamp)
                .doesNotContain("Quàng Văn Nhận " + stamp);
        browser.clickToNavigate(By.cssSelector("form#present-draft button[type='submit']"));
        browser.waitForTextContaining(By.cssSelector("main p.notice"), "Đã trình lãnh đạo ký");
        browser.signOut();
        browser.signIn("gd.syt", "sonla2021");
        browser.open(draftPath.replace("/review/submissions/", "/signing/submissions/"));
        browser.clickToNavigate(By.cssSelector("form#sign button[type='submit']"));
        browser.waitForTextContaining(By.cssSelector("main p.notice"), "/TTr-SYT");
        browser.signOut();
        browser.signIn("syt", "sonla2021");
        browser.open(draftPath);

        // the submission's PDF comes with the signed-in session
        String pdf = browser.element(By.id("submission-pdf")).getDomAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + pdf)).header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(draftPath).startsWith("/review/submissions/");
    }
}
