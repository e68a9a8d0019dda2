package vn.gov.sonla.awards;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From an appraised submission to a certificate that anyone can verify, in a real headless Chromium: Home Affairs
 * forwards the submission (and its numbered appraisal report appears), the chairman's office approves three dossiers
 * and declines one, issues the decision, reviews exactly what will become public and publishes it; the decision's
 * certificate is downloaded through its link as the signed-in office, and the verification address printed on it
 * opens, signed out, on a page that says the certificate is genuine. The public honour roll then lists the awardees.
 */
@ServerTest
class PublishedDecisionBrowserTests {

    static final String PASSWORD = "sonla2021";
    static final Pattern DECISION_NUMBER = Pattern.compile("\\d+/QĐ-UBND");
    static final Pattern VERIFY_URL = Pattern.compile("http://localhost:8080/verify/([0-9A-HJKMNP-TV-Z]{20})");
    static final By NOTICE = By.cssSelector("main p.notice[role='status']");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired MessageSource messages;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Decisions decisions;

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port,
                messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
    }

    @Test
    void fromAnAppraisedSubmissionToAVerifiedCertificate() throws Exception {
        DecidedChain chain = chains.start()
                .appraised();
        String number = chain.submission.number();

        // 1. Home Affairs forwards the appraised submission; its report gets a number of Home Affairs' series.
        signInAs(DecidedChain.HOME_AFFAIRS, "Đinh Văn Sơn");
        browser.clickToNavigate(By.cssSelector("nav a[href='/appraisal']"));
        browser.clickToNavigate(By.linkText(number));
        String appraisalPath = browser.waitForPath("/appraisal/submissions/\\d+");
        browser.clickToNavigate(By.cssSelector("form#present-report button[type='submit']"));
        browser.waitForTextContaining(By.cssSelector("main p.notice"), "Đã trình lãnh đạo ký");
        browser.signOut();
        signInAs("gd.snv", "Bùi Văn Thịnh");
        browser.open("/signing/reports/" + appraisalPath.replaceAll("\\D", ""));
        browser.clickToNavigate(By.cssSelector("form#sign button[type='submit']"));
        browser.waitForTextContaining(By.cssSelector("main p.notice"), "/TTr-SNV");
        browser.signOut();
        signInAs(DecidedChain.HOME_AFFAIRS, "Đinh Văn Sơn");
        browser.open(appraisalPath);
        browser.waitForTextContaining(By.id("appraisal-report"), "/TTr-SNV");
        browser.signOut();

        // 2. The chairman's office approves the endorsed dossiers and declines the other one.
        signInAs(DecidedChain.OFFICE, "Cầm Thị Thu");
        browser.clickToNavigate(By.cssSelector("nav a[href='/decisions']"));
        browser.clickToNavigate(By.linkText(number));
        String submissionPath = browser.waitForPath("/decisions/submissions/\\d+");
        for (String nominee : new String[] {chain.firstIndividual, chain.secondIndividual, chain.collective}) {
            browser.clickToNavigate(By.id("approve-" + chain.dossier(nominee).getId()));
            browser.waitForPath(submissionPath);
        }
        long declined = chain.dossier(chain.notEndorsed).getId();
        browser.open("/dossiers/" + declined);
        browser.type(By.id("decline-reason"), "Theo ý kiến thẩm định của Sở Nội vụ.");
        browser.clickToNavigate(By.cssSelector("form#action-decline button[type='submit']"));
        browser.waitForPath("/dossiers/" + declined);

        // 3. It presents the decision to the chairman, who signs it.
        browser.open(submissionPath);
        browser.choose(By.id("signerAccountId"), option -> option.startsWith("Hoàng Quốc Khánh"));
        browser.clickToNavigate(By.id("present-decision"));
        browser.waitForTextContaining(NOTICE, "Đã trình");
        browser.signOut();
        signInAs("ct.ubnd", "Hoàng Quốc Khánh");
        browser.open(submissionPath.replace("/decisions/submissions/", "/signing/decisions/"));
        browser.clickToNavigate(By.cssSelector("form#sign button[type='submit']"));
        browser.waitForTextContaining(NOTICE, "/QĐ-UBND");
        String decisionNumber = find(DECISION_NUMBER, browser.text(NOTICE));
        browser.signOut();
        signInAs(DecidedChain.OFFICE, "Cầm Thị Thu");
        browser.open(submissionPath);

        // 4. It opens the decision, sees exactly what will become public, and publishes it.
        browser.clickToNavigate(By.cssSelector("a[id^='issued-']"));
        String issuedPath = browser.waitForPath("/decisions/issued/\\d+");
        String preview = browser.text(By.id("publish-preview"));
        assertThat(preview).contains(chain.firstIndividual, chain.secondIndividual, chain.collective, "Bệnh viện Đa khoa tỉnh Sơn La")
                .doesNotContain(chain.notEndorsed, "1978", "Điều dưỡng trưởng");
        browser.clickToNavigate(By.cssSelector("form#publish-form button[type='submit']"));
        browser.waitForPath(issuedPath);
        browser.waitForTextContaining(By.id("published-line"), "Cầm Thị Thu");
        assertThat(browser.isPresent(By.id("publish-form"))).as("no second publish button").isFalse();

        // 5. The certificates link downloads a PDF (fetched with the office's session, as the browser would).
        String href = browser.element(By.id("certificates-link")).getDomAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + href))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"Bang-khen-");
        String certificates;
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            certificates = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(certificates).contains(chain.firstIndividual, decisionNumber);
        String code = find(VERIFY_URL, certificates.replace(" ", ""));
        browser.signOut();

        // 6. Anyone, signed out, checks the certificate by the address on it; a forged code is unknown.
        browser.open("/verify/" + code);
        browser.waitForTextContaining(By.id("verify-result"), "Bằng khen này là thật");
        assertThat(browser.text(By.id("verified"))).contains(decisionNumber, "Bằng khen của Chủ tịch UBND tỉnh");
        browser.open("/verify/AAAAAAAAAAAAAAAAAAAAAA");
        browser.waitForTextContaining(By.id("verify-result"), "Không tìm thấy bằng khen");

        // 7. The public honour roll lists the awardees under the decision, found without diacritics.
        browser.open("/login");
        browser.clickToNavigate(By.id("public-roll-link"));
        browser.type(By.id("q"), "luong thi huong " + chain.tag.toLowerCase(Locale.ROOT));
        browser.clickToNavigate(By.cssSelector("form[role='search'] button[type='submit']"));
        browser.waitForTextContaining(By.tagName("main"), chain.firstIndividual);
        assertThat(browser.text(By.tagName("main"))).contains(decisionNumber).doesNotContain("1978");
    }

    void signInAs(String username, String fullName) {
        browser.signIn(username, PASSWORD);
        browser.waitForPath("/");
        browser.waitForTextContaining(By.cssSelector("header .who"), fullName);
    }

    static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in \"%s\"", pattern, text).isTrue();
        return m.groupCount() > 0 ? m.group(m.groupCount()) : m.group();
    }
}
