package vn.gov.sonla.awards.appraisal;

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
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone 360 px wide, Home Affairs ticks dossiers of a submission and endorses them at once, the chairman's office
 * approves at once every dossier Home Affairs endorsed, and a department confirms adding a whole filter's dossiers and
 * taking many out of a draft: nothing scrolls sideways, axe-core finds nothing.
 */
@ServerTest
class BulkAppraisalBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired MessageSource messages;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;

    final String stamp = "Zz" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port,
                messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
        browser.asPhone(360, 740);
    }

    @Test
    void homeAffairsEndorsesTheTickedDossiersOfASubmissionOnAPhone() {
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Điện Thoại Một " + stamp);
        Dossier b = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Điện Thoại Hai " + stamp);
        Dossier c = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Điện Thoại Ba " + stamp);
        SubmissionView submission = fixtures.sent("syt", a, b, c);

        browser.signIn("snv", "sonla2021");
        browser.waitForPath("/");
        browser.open("/appraisal/submissions/" + submission.id());
        browser.assertFitsTheScreenAndPassesAxe();
        browser.check(By.id("pick-" + a.getId()));
        browser.check(By.id("pick-" + c.getId()));
        browser.type(By.id("endorse-remark"), "Đủ điều kiện theo Kế hoạch 215/KH-UBND");
        browser.clickToNavigate(By.id("endorse-selected-submit"));
        browser.waitForTextContaining(By.cssSelector("main p.notice"), "Đã ghi ý kiến đồng ý cho 2 hồ sơ");
        browser.assertFitsTheScreenAndPassesAxe();

        assertThat(fixtures.reload(a, "snv").getStatus()).isEqualTo(DossierStatus.APPRAISED);
        assertThat(fixtures.reload(b, "snv").getStatus()).isEqualTo(DossierStatus.AT_HOME_AFFAIRS);
        assertThat(fixtures.reload(c, "snv").getStatus()).isEqualTo(DossierStatus.APPRAISED);

        // the dossier page: the step first, then the way to the next dossier of the submission
        browser.open("/dossiers/" + b.getId());
        browser.assertFitsTheScreenAndPassesAxe();
        assertThat(browser.isPresent(By.id("previous-dossier"))).isTrue();
        assertThat(browser.isPresent(By.id("next-dossier"))).isTrue();
    }

    @Test
    void theChairmansOfficeApprovesEveryDossierHomeAffairsEndorsedOnAPhone() {
        DecidedChain chain = chains.start().forwarded();

        browser.signIn(DecidedChain.OFFICE, "sonla2021");
        browser.waitForPath("/");
        browser.open("/decisions/submissions/" + chain.submission.id());
        browser.assertFitsTheScreenAndPassesAxe();
        browser.type(By.id("approve-note"), "Theo ý kiến thẩm định của Sở Nội vụ");
        browser.clickToNavigate(By.id("approve-endorsed-submit"));
        browser.waitForTextContaining(By.cssSelector("main p.notice"), "Đã phê duyệt 3 hồ sơ");
        browser.assertFitsTheScreenAndPassesAxe();

        for (Dossier d : chain.filed) {
            assertThat(fixtures.reload(d, DecidedChain.OFFICE).getStatus()).as(d.getNomineeName())
                    .isEqualTo(d.getNomineeName().equals(chain.notEndorsed) ? DossierStatus.AT_CHAIRMAN : DossierStatus.APPROVED);
        }
        // the one Home Affairs did not endorse is still to decide, and can still be ticked
        assertThat(browser.isPresent(By.id("pick-" + chain.filed.stream()
                .filter(d -> d.getNomineeName().equals(chain.notEndorsed)).findFirst().orElseThrow().getId()))).isTrue();
    }

    @Test
    void aDepartmentConfirmsAddingAWholeFilterAndTakingManyOutOnAPhone() {
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Cả Bộ Lọc Một " + stamp);
        Dossier b = fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Cả Bộ Lọc Hai " + stamp);

        browser.signIn("syt", "sonla2021");
        browser.waitForPath("/");
        browser.open("/review/accepted?q=" + stamp);
        browser.assertFitsTheScreenAndPassesAxe();
        browser.clickToNavigate(By.cssSelector("#add-all a"));
        assertThat(browser.text(By.id("add-all-count"))).contains("Sẽ thêm 2 hồ sơ");
        browser.assertFitsTheScreenAndPassesAxe();
        browser.clickToNavigate(By.cssSelector("form#add-all-confirm button[type='submit']"));
        browser.waitForPath("/review/submissions/\\d+");
        browser.waitForTextContaining(By.cssSelector("main p.notice"), "Đã thêm 2 hồ sơ");
        browser.assertFitsTheScreenAndPassesAxe();

        browser.check(By.id("pick-" + a.getId()));
        browser.check(By.id("pick-" + b.getId()));
        browser.clickToNavigate(By.cssSelector("form#remove-selected button[type='submit']"));
        assertThat(browser.text(By.id("remove-count"))).contains("Sẽ bỏ 2 hồ sơ");
        browser.assertFitsTheScreenAndPassesAxe();
        browser.clickToNavigate(By.cssSelector("form#remove-selected-confirm button[type='submit']"));
        browser.waitForTextContaining(By.cssSelector("main p.notice"), "Đã bỏ 2 hồ sơ");
    }
}
