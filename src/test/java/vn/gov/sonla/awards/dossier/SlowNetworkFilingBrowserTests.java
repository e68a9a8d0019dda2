package vn.gov.sonla.awards.dossier;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.FilingPages;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district clerk on a slow mobile link (about 400 kbit/s each way, 400 ms round trip, as a slow 3G network)
 * files and sends a whole dossier, and everything typed and attached is in the dossier afterwards.
 */
@ServerTest
class SlowNetworkFilingBrowserTests {

    static final int ROUND_TRIP_MILLIS = 400;
    static final int KILOBITS_PER_SECOND = 400;

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired MessageSource messages;

    final String nominee = "Quàng Văn Mạng Chậm " + System.nanoTime();

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port,
                messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
    }

    @AfterEach
    void fullSpeed() {
        browser.fullSpeed();
    }

    @Test
    void aWholeDossierIsFiledOverASlowLinkAndNothingTypedIsLost() {
        browser.slowNetwork(ROUND_TRIP_MILLIS, KILOBITS_PER_SECOND);
        browser.signIn("vanthu.bvdk", "sonla2021");
        FilingPages filing = new FilingPages(browser);

        filing.fileAndSend(nominee);
        Number wait = (Number) browser.script(
                "const n = performance.getEntriesByType('navigation')[0]; return n.responseEnd - n.startTime");
        assertThat(wait.doubleValue()).as("the last page (its redirect included) waited for the slow link's round trip")
                .isGreaterThanOrEqualTo(ROUND_TRIP_MILLIS * 0.9);

        browser.waitForText(By.id("dossier-status"), "Chờ cơ quan tổng hợp xét duyệt");
        String page = browser.text(By.tagName("main"));
        assertThat(page).contains(nominee, filing.position, filing.workplace, filing.achievements, filing.proposal,
                filing.report);
        // the birth year, the gender, the frontline tick and the criterion's evidence typed on the way arrived too
        assertThat(page).contains(filing.evidence).containsPattern("Năm sinh\\s+1988").containsPattern("Giới tính\\s+Nam")
                .containsPattern("Thuộc lực lượng tuyến đầu chống dịch\\s+Có");
    }
}
