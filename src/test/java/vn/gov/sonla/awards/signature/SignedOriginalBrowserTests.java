package vn.gov.sonla.awards.signature;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.decision.internal.DecisionDocuments;
import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.ServerTest;
import vn.gov.sonla.awards.support.TestCa;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed decision comes into the system, in a real headless Chromium: the administrator installs the test CA's
 * root and intermediate; the chairman's office uploads the decision it signed with a certificate of that CA and sees
 * the verdict on the decision's page; anyone who types the certificate's code from paper, in lower case with spaces,
 * sees on the public verification page that the decision has a verified signed original, by whom and when.
 */
@ServerTest
class SignedOriginalBrowserTests {

    static final By NOTICE = By.cssSelector("main p.notice[role='status']");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired MessageSource messages;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Decisions decisions;
    @Autowired DecisionDocuments documents;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port, messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
    }

    @Test
    void theOfficeUploadsTheSignedDecisionAndThePublicSeesItIsSigned() {
        long decisionId = chains.start().decided().decision.id();
        byte[] signed = TestCa.sign(documents.decisionPdf(decisionId, fixtures.actor(DecidedChain.OFFICE)), TestCa.get().signer);

        administratorInstallsTheTestCa();
        officeUploadsTheSignedDecision(decisionId, signed);
        thePublicTypesTheCodeAndSeesTheSignature(decisionId);
    }

    void administratorInstallsTheTestCa() {
        browser.signIn("admin", "sonla2021");
        browser.waitForPath("/");
        browser.open("/admin/trust");
        browser.chooseFile(By.id("trust-file"), "root.pem", TestCa.get().root.pem().getBytes());
        browser.clickToNavigate(By.cssSelector("#trust-upload button[type='submit']"));
        browser.waitForPath("/admin/trust");
        browser.chooseFile(By.id("trust-file"), "sub.cer", TestCa.get().intermediate.der());
        browser.clickToNavigate(By.cssSelector("#trust-upload button[type='submit']"));
        browser.waitForPath("/admin/trust");
        browser.waitForTextContaining(By.id("trust-anchors"), "Ban Cơ yếu Thử nghiệm Sub CA");
        assertThat(browser.text(By.id("trust-anchors"))).contains("Ban Cơ yếu Thử nghiệm Root CA");
        browser.signOut();
    }

    void officeUploadsTheSignedDecision(long decisionId, byte[] signed) {
        browser.signIn(DecidedChain.OFFICE, "sonla2021");
        browser.waitForPath("/");
        browser.open("/decisions/issued/" + decisionId);
        browser.waitForTextContaining(By.id("signed-decision-none"), "Chưa có bản đã ký số");
        browser.chooseFile(By.id("signed-decision-file"), "QD-da-ky.pdf", signed);
        browser.clickToNavigate(By.cssSelector("#signed-decision-upload button[type='submit']"));
        browser.waitForPath("/decisions/issued/" + decisionId + ".*");
        browser.waitForTextContaining(NOTICE, "Đã chấp nhận bản đã ký số của Văn phòng UBND tỉnh Sơn La");
        assertThat(browser.text(By.id("signed-decision-by"))).startsWith("Đã ký số bởi Văn phòng UBND tỉnh Sơn La, lúc ");
        assertThat(browser.text(By.id("signed-decision-verdict"))).startsWith("Hợp lệ");
        assertThat(browser.text(By.id("signed-decision-trust-path"))).isEqualTo(
                "Đường tin cậy: Văn phòng UBND tỉnh Sơn La → Ban Cơ yếu Thử nghiệm Sub CA → Ban Cơ yếu Thử nghiệm Root CA");
        assertThat(browser.text(By.id("signed-decision-history"))).contains("QD-da-ky.pdf", "Chấp nhận");
        assertThat(browser.isPresent(By.id("signed-decision-download"))).isTrue();
        browser.signOut();
    }

    void thePublicTypesTheCodeAndSeesTheSignature(long decisionId) {
        String code = jdbc.sql("select code from certificate where decision_id = ? order by id limit 1")
                .param(decisionId).query(String.class).single();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{20}");
        String typed = (code.substring(0, 5) + " " + code.substring(5, 10) + "-" + code.substring(10)).toLowerCase(Locale.ROOT);
        browser.open("/verify");
        browser.type(By.id("verify-code"), typed);
        browser.clickToNavigate(By.cssSelector("#verify-form button[type='submit']"));
        browser.waitForPath("/verify\\?code=.*");
        assertThat(browser.text(By.id("verified"))).contains(decisions.get(decisionId, fixtures.actor(DecidedChain.OFFICE)).number());
        assertThat(browser.text(By.id("verify-signed")))
                .startsWith("Quyết định có bản gốc đã ký số hợp lệ: ký bởi Văn phòng UBND tỉnh Sơn La, lúc ");
    }
}
