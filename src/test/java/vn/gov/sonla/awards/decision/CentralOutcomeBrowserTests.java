package vn.gov.sonla.awards.decision;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone 360 px wide, the chairman's office records the central level's award of a proposed state award: the
 * dossier's page, then a page that says what will be recorded and that it cannot be undone, then the notice naming
 * the central decision. Nothing scrolls sideways and axe-core finds nothing on either page.
 */
@ServerTest
class CentralOutcomeBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired MessageSource messages;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port,
                messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
        browser.asPhone(360, 740);
    }

    @Test
    void theOfficeConfirmsTheCentralAwardOnAPhone() {
        List<Dossier> proposed = chains.proposedToCentral("Tòng Văn Trung Ương");
        Dossier d = proposed.get(0);

        browser.signIn(DecidedChain.OFFICE, "sonla2021");
        browser.waitForPath("/");
        browser.open("/dossiers/" + d.getId());
        browser.assertFitsTheScreenAndPassesAxe();
        browser.type(By.id("central-number"), "88/QĐ-CTN");
        browser.script("document.getElementById('central-date').value = '2022-01-20'");
        browser.clickToNavigate(By.cssSelector("#action-central-award button[type='submit']"));

        assertThat(browser.text(By.id("central-confirm-lead"))).contains("Quyết định số 88/QĐ-CTN ngày 20/01/2022");
        assertThat(fixtures.reload(d, DecidedChain.OFFICE).getStatus()).as("nothing recorded before the confirmation")
                .isEqualTo(DossierStatus.PROPOSED_TO_CENTRAL);
        browser.assertFitsTheScreenAndPassesAxe();
        browser.clickToNavigate(By.id("central-confirm-submit"));
        browser.waitForTextContaining(By.cssSelector("main p.notice"), "số 88/QĐ-CTN");
        assertThat(fixtures.reload(d, DecidedChain.OFFICE).getStatus()).isEqualTo(DossierStatus.CENTRAL_AWARDED);
        browser.assertFitsTheScreenAndPassesAxe();
    }
}
