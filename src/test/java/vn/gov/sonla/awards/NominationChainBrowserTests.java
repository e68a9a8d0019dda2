package vn.gov.sonla.awards;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import vn.gov.sonla.awards.demo.DemoFiling;
import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan-215 chain in a real headless Chromium, by clicking through the pages as the four people would: the
 * hospital's clerk files a new dossier, the Department of Health accepts it and sends it in a numbered
 * submission, Home Affairs appraises and forwards it, the chairman's office approves it and issues the
 * numbered decision, and the clerk finally sees the award and the whole history.
 * <p>
 * The application runs as {@code @ServerTest}: the configuration of {@code @IntegrationTest} on a real server
 * port. The database is shared with the other tests, so the test finds its dossier by a unique nominee name
 * and reads every number from the page, never assuming counts.
 */
@ServerTest
class NominationChainBrowserTests {

    static final String PASSWORD = "sonla2021";

    static final String CLERK = "vanthu.maison";    // Lò Thị Hoa, UBND huyện Mai Sơn, whose head signs its dossiers
    static final String UNIT_HEAD = "ct.maison";    // Tráng A Tủa, Chủ tịch UBND huyện Mai Sơn
    static final String HEALTH = "syt";             // Hoàng Văn Nam, Sở Y tế (compiles the Covid-19 campaign)
    static final String HOME_AFFAIRS = "snv";       // Đinh Văn Sơn, Sở Nội vụ (appraises)
    static final String CHAIRMANS_OFFICE = "vpubnd"; // Cầm Thị Thu, Văn phòng UBND tỉnh

    static final String CHAIRMAN_CERTIFICATE = "Bằng khen của Chủ tịch UBND tỉnh";
    static final Pattern SUBMISSION_NUMBER = Pattern.compile("\\d+/TTr-SYT");
    static final Pattern DECISION_NUMBER = Pattern.compile("\\d+/QĐ-UBND");

    static final By STATUS = By.id("dossier-status");
    static final By NOTICE = By.cssSelector("main p.notice[role='status']");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    /** Unique in the shared database, so this run's dossier is found by its name. */
    final String nominee = "Lò Thị Kiểm Thử " + System.nanoTime();
    final String remark = "Đủ điều kiện, tiêu chuẩn theo Kế hoạch 215/KH-UBND (kiểm thử trình duyệt).";
    /** The vice-chairman who signs the decision (a deputy: "KT. CHỦ TỊCH"). */
    final String signer = "Đặng Ngọc Hậu";

    long dossierId;
    String submissionNumber;
    String decisionNumber;

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port,
                messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
    }

    @Test
    void aNewDossierTravelsThroughAllFourRolesByClicking() throws Exception {
        clerkCreatesAndSubmitsTheDossier();
        healthDepartmentAcceptsItAndSendsASubmission();
        homeAffairsEndorsesItAndForwardsTheSubmission();
        chairmansOfficeApprovesItAndIssuesTheDecision();
        clerkSeesTheAwardAndTheWholeHistory();
    }

    @Test
    void anEmptyNewDossierFormShowsTheErrorsAndKeepsWhatWasTyped() {
        signInAs(CLERK, "Lò Thị Hoa");
        browser.clickToNavigate(By.cssSelector("main a[href='/dossiers/new']"));
        browser.type(By.id("nomineeName"), nominee);

        browser.clickToNavigate(By.cssSelector("form[action='/dossiers'] button[type='submit']"));
        browser.waitForPath("/dossiers"); // the form again, not a saved dossier's page

        WebElement summary = browser.element(By.cssSelector(".error-summary"));
        List<String> targets = summary.findElements(By.cssSelector("li a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertThat(targets).as("each error links to its field, in the form's order")
                .containsExactly("#campaignId", "#awardFormId");
        for (String target : targets) {
            assertThat(browser.isPresent(By.id(target.substring(1)))).as("the field %s the summary links to", target).isTrue();
        }
        assertThat(browser.isPresent(By.cssSelector("#campaignId-error"))).as("the error is also next to its field").isTrue();
        assertThat(browser.value(By.id("nomineeName"))).as("the name typed is kept").isEqualTo(nominee);
        assertThat(browser.element(By.cssSelector("input[name='nomineeType'][value='INDIVIDUAL']")).isSelected())
                .as("the nominee type is kept").isTrue();
    }

    // ------------------------------------------------------------------------------------------------
    // 1. The hospital's clerk
    // ------------------------------------------------------------------------------------------------

    void clerkCreatesAndSubmitsTheDossier() {
        signInAs(CLERK, "Lò Thị Hoa");
        browser.clickToNavigate(By.cssSelector("main a[href='/dossiers/new']"));
        browser.waitForPath("/dossiers/new");

        browser.choose(By.id("campaignId"), text -> text.contains("Covid"));
        browser.choose(By.id("awardFormId"), CHAIRMAN_CERTIFICATE::equals);
        browser.check(By.cssSelector("input[name='nomineeType'][value='INDIVIDUAL']"));
        browser.type(By.id("nomineeName"), nominee);
        browser.clickToNavigate(By.cssSelector("form[action='/dossiers'] button[type='submit']"));

        dossierId = Long.parseLong(browser.waitForPath("/dossiers/\\d+").substring("/dossiers/".length()));
        browser.waitForText(By.tagName("h1"), nominee);
        browser.waitForText(STATUS, "Đang soạn");
        assertThat(browser.isPresent(NOTICE)).as("a notice that the draft was saved").isTrue();
        assertThat(browser.text(By.cssSelector("dl.facts"))).contains(CHAIRMAN_CERTIFICATE, "Mai Sơn");

        // The task list: each section saved on its own.
        browser.clickToNavigate(By.cssSelector("#tasks a[href$='/edit/nominee']"));
        browser.type(By.id("birthYear"), "1991");
        browser.check(By.cssSelector("input[name='gender'][value='FEMALE']"));
        browser.type(By.id("position"), "Điều dưỡng");
        browser.type(By.id("workplace"), "Khoa Truyền nhiễm, Bệnh viện Đa khoa tỉnh");
        browser.check(By.cssSelector("input[name='frontline'][type='checkbox']"));
        browser.clickToNavigate(By.cssSelector("main form button[type='submit']"));
        browser.waitForPath("/dossiers/" + dossierId);

        browser.clickToNavigate(By.cssSelector("#tasks a[href$='/edit/achievements']"));
        browser.type(By.id("achievementSummary"),
                "Tình nguyện trực khu điều trị Covid-19 trong 5 tháng; chăm sóc hơn 400 người bệnh.");
        browser.clickToNavigate(By.cssSelector("main form button[type='submit']"));
        browser.waitForPath("/dossiers/" + dossierId);

        browser.clickToNavigate(By.cssSelector("#tasks a[href$='/edit/criteria']"));
        for (WebElement box : browser.elements(By.cssSelector("input[name='met']"))) {
            if (!box.isSelected()) {
                box.click();
            }
        }
        browser.type(By.id("evidence-1"), "Giấy xác nhận của Giám đốc Bệnh viện.");
        browser.check(By.id("noBreach"));
        browser.clickToNavigate(By.cssSelector("main form button[type='submit']"));
        browser.waitForPath("/dossiers/" + dossierId);

        browser.clickToNavigate(By.cssSelector("#tasks a[href$='/edit/attachments']"));
        upload("PROPOSAL", "To-trinh.pdf");
        upload("ACHIEVEMENT_REPORT", "Bao-cao-thanh-tich.pdf");
        assertThat(browser.text(By.id("attachments"))).contains("To-trinh.pdf", "Bao-cao-thanh-tich.pdf");
        browser.clickToNavigate(By.cssSelector("main a[href='/dossiers/" + dossierId + "']"));

        browser.clickToNavigate(By.id("check-link"));
        browser.waitForPath("/dossiers/" + dossierId + "/check");
        assertThat(browser.isPresent(By.cssSelector(".panel-warning ul"))).as("nothing is missing").isFalse();
        assertThat(browser.text(By.id("submit-dossier"))).isEqualTo("Trình thủ trưởng đơn vị");
        browser.clickToNavigate(By.id("submit-dossier"));
        browser.waitForPath("/dossiers/" + dossierId);
        browser.waitForText(STATUS, "Chờ thủ trưởng đơn vị ký");
        assertThat(browser.isPresent(By.id("tasks"))).as("no more editing").isFalse();
        browser.signOut();
        unitHeadSignsAndSendsIt();
    }

    /** The head of the district signs the presented dossier in the signing list: it goes to the Department of Health. */
    void unitHeadSignsAndSendsIt() {
        signInAs(UNIT_HEAD, "Tráng A Tủa");
        browser.clickToNavigate(By.id("signing-link"));
        browser.clickToNavigate(By.cssSelector("#waiting a[href='/signing/dossiers/" + dossierId + "']"));
        assertThat(browser.text(By.id("unit-dossier"))).contains(nominee);
        browser.clickToNavigate(By.cssSelector("form#sign button[type='submit']"));
        browser.waitForTextContaining(NOTICE, "Đã ký và gửi hồ sơ");
        browser.open("/dossiers/" + dossierId);
        browser.waitForText(STATUS, "Chờ cơ quan tổng hợp xét duyệt");
        browser.signOut();
    }

    void upload(String kind, String fileName) {
        browser.check(By.id("kind-" + kind));
        browser.chooseFile(By.id("file"), fileName, DemoFiling.samplePdf(fileName));
        browser.clickToNavigate(By.cssSelector("form[enctype='multipart/form-data'] button[type='submit']"));
        browser.waitForTextContaining(NOTICE, fileName);
    }

    // ------------------------------------------------------------------------------------------------
    // 2. The Department of Health (compiles the Covid-19 campaign)
    // ------------------------------------------------------------------------------------------------

    void healthDepartmentAcceptsItAndSendsASubmission() {
        signInAs(HEALTH, "Hoàng Văn Nam");
        browser.clickToNavigate(By.cssSelector("nav a[href='/review']"));
        browser.clickToNavigate(By.xpath("//table[@id='submitted']//a[normalize-space(.)='" + nominee + "']"));
        browser.waitForPath("/dossiers/" + dossierId);

        // First it goes back to the unit: the report lacks a confirmation.
        browser.check(By.id("section-ATTACHMENTS"));
        browser.type(By.id("return-reason"), "Bổ sung xác nhận của Giám đốc Bệnh viện vào báo cáo thành tích.");
        browser.clickToNavigate(By.cssSelector("form#action-return button[type='submit']"));
        browser.waitForText(STATUS, "Bị trả lại, cần bổ sung");
        browser.signOut();

        clerkAnswersTheReturn();

        signInAs(HEALTH, "Hoàng Văn Nam");
        browser.clickToNavigate(By.cssSelector("nav a[href='/review']"));
        browser.clickToNavigate(By.xpath("//table[@id='submitted']//a[normalize-space(.)='" + nominee + "']"));
        browser.clickToNavigate(By.cssSelector("form[action='/review/dossiers/" + dossierId + "/claim'] button[type='submit']"));
        browser.waitForTextContaining(By.id("claim"), "Đang xử lý bởi Hoàng Văn Nam");
        browser.clickToNavigate(By.cssSelector("form[action='/review/dossiers/" + dossierId + "/accept'] button[type='submit']"));
        browser.waitForText(STATUS, "Đã tiếp nhận, chờ lập tờ trình");

        browser.clickToNavigate(By.cssSelector("nav a[href='/review']"));
        browser.clickToNavigate(By.cssSelector("nav.tabs a[href='/review/accepted']"));
        browser.check(By.cssSelector("form#compile input[name='dossierIds'][value='" + dossierId + "']#include-" + dossierId));
        browser.clickToNavigate(By.cssSelector("form#compile button[type='submit']"));
        String draftPath = browser.waitForPath("/review/submissions/\\d+");
        assertThat(browser.text(By.id("submission-dossiers"))).contains(nominee);
        browser.clickToNavigate(By.cssSelector("form#present-draft button[type='submit']"));
        browser.waitForTextContaining(NOTICE, "Đã trình lãnh đạo ký");
        assertThat(browser.text(By.tagName("main"))).as("no number before the signature").doesNotContainPattern(SUBMISSION_NUMBER);
        browser.signOut();

        // The department's director signs: the number is taken now, the signature block is the director's.
        signInAs("gd.syt", "Trần Quốc Việt");
        browser.clickToNavigate(By.id("signing-link"));
        browser.clickToNavigate(By.cssSelector("#waiting a[href='" + draftPath.replace("/review/", "/signing/") + "']"));
        assertThat(browser.text(By.id("signing-dossiers"))).contains(nominee);
        browser.clickToNavigate(By.cssSelector("form#sign button[type='submit']"));
        browser.waitForTextContaining(NOTICE, "/TTr-SYT");
        submissionNumber = find(SUBMISSION_NUMBER, browser.text(NOTICE));
        browser.signOut();
        signInAs(HEALTH, "Hoàng Văn Nam");
        browser.clickToNavigate(By.cssSelector("nav a[href='/review']"));
        browser.clickToNavigate(By.cssSelector("nav.tabs a[href='/review/accepted']"));
        assertThat(browser.isPresent(By.cssSelector("nav.tabs a[aria-current='page'][href='/review/accepted']")))
                .as("the accepted list's tab").isTrue();
        assertThat(browser.isPresent(By.id("include-" + dossierId))).as("the dossier left the compile list").isFalse();
        browser.clickToNavigate(By.cssSelector("nav.tabs a[href='/review/submissions']"));
        assertThat(browser.text(By.tagName("main"))).contains(submissionNumber);
        browser.signOut();
    }

    /** The clerk reads why the dossier came back, supplements it and sends it again. */
    void clerkAnswersTheReturn() {
        signInAs(CLERK, "Lò Thị Hoa");
        browser.open("/dossiers/" + dossierId);
        assertThat(browser.text(By.id("reason"))).contains("Bổ sung xác nhận của Giám đốc Bệnh viện", "Tài liệu kèm theo");
        browser.clickToNavigate(By.cssSelector("#tasks a[href$='/edit/attachments']"));
        upload("ACHIEVEMENT_REPORT", "Bao-cao-co-xac-nhan.pdf");
        browser.clickToNavigate(By.cssSelector("main a[href='/dossiers/" + dossierId + "']"));
        browser.clickToNavigate(By.id("check-link"));
        browser.clickToNavigate(By.id("submit-dossier"));
        browser.waitForText(STATUS, "Chờ thủ trưởng đơn vị ký");
        browser.signOut();
        unitHeadSignsAndSendsIt();
    }

    // ------------------------------------------------------------------------------------------------
    // 3. The Department of Home Affairs (appraises)
    // ------------------------------------------------------------------------------------------------

    void homeAffairsEndorsesItAndForwardsTheSubmission() {
        signInAs(HOME_AFFAIRS, "Đinh Văn Sơn");
        browser.clickToNavigate(By.cssSelector("nav a[href='/appraisal']"));
        browser.clickToNavigate(By.linkText(submissionNumber));
        String submissionPath = browser.waitForPath("/appraisal/submissions/\\d+");

        browser.clickToNavigate(By.xpath("//table[@id='submission-dossiers']//a[normalize-space(.)='" + nominee + "']"));
        browser.waitForPath("/dossiers/" + dossierId);
        assertThat(browser.text(By.cssSelector("dl.facts"))).contains(submissionNumber);

        browser.check(By.id("endorsed-yes"));
        browser.type(By.id("appraisal-remark"), remark);
        browser.clickToNavigate(By.cssSelector("form#action-appraise button[type='submit']"));
        browser.waitForText(STATUS, "Đã thẩm định");
        browser.waitForTextContaining(By.cssSelector("dl.facts"), remark);

        // The dossier page has no link back to its submission: through the menu again.
        browser.clickToNavigate(By.cssSelector("nav a[href='/appraisal']"));
        browser.clickToNavigate(By.linkText(submissionNumber));
        browser.waitForPath(submissionPath);
        browser.clickToNavigate(By.cssSelector("form#present-report button[type='submit']"));
        browser.waitForTextContaining(NOTICE, "Đã trình lãnh đạo ký tờ trình thẩm định");
        browser.signOut();

        // Home Affairs' director signs the appraisal report; only then does the submission go to the chairman.
        signInAs("gd.snv", "Bùi Văn Thịnh");
        browser.clickToNavigate(By.id("signing-link"));
        browser.clickToNavigate(By.cssSelector("#waiting a[href='/signing/reports/" + submissionPath.replaceAll("\\D", "") + "']"));
        browser.clickToNavigate(By.cssSelector("form#sign button[type='submit']"));
        browser.waitForTextContaining(NOTICE, "/TTr-SNV");
        browser.signOut();
    }

    // ------------------------------------------------------------------------------------------------
    // 4. The chairman's office (approves, presents) and the vice-chairman (signs the decision)
    // ------------------------------------------------------------------------------------------------

    void chairmansOfficeApprovesItAndIssuesTheDecision() throws Exception {
        signInAs(CHAIRMANS_OFFICE, "Cầm Thị Thu");
        browser.clickToNavigate(By.cssSelector("nav a[href='/decisions']"));
        browser.clickToNavigate(By.linkText(submissionNumber));
        String submissionPath = browser.waitForPath("/decisions/submissions/\\d+");
        assertThat(browser.text(By.id("submission-dossiers"))).contains(nominee, remark);

        browser.clickToNavigate(By.id("approve-" + dossierId));
        browser.waitForPath(submissionPath);
        assertThat(browser.isPresent(NOTICE)).as("a notice that the dossier was approved").isTrue();
        assertThat(browser.isPresent(By.id("approve-" + dossierId))).as("no second approve button").isFalse();

        assertThat(browser.value(By.id("issuedOn"))).as("the decision date is today, ready to present")
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        browser.choose(By.id("signerAccountId"), option -> option.startsWith(signer));
        browser.clickToNavigate(By.id("present-decision"));
        browser.waitForPath(submissionPath);
        browser.waitForTextContaining(NOTICE, "Đã trình");
        assertThat(browser.text(By.id("decision-presented"))).contains(signer);
        assertThat(browser.text(By.tagName("main"))).as("no number before the signature").doesNotContainPattern(DECISION_NUMBER);
        browser.signOut();

        // The vice-chairman signs: the number is taken now, the block is "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" and the name.
        signInAs("pct.ubnd", signer);
        browser.clickToNavigate(By.id("signing-link"));
        browser.clickToNavigate(By.cssSelector("#waiting a[href='" + submissionPath.replace("/decisions/", "/signing/")
                .replace("/submissions/", "/decisions/") + "']"));
        assertThat(browser.text(By.id("decision-prepared"))).contains(signer);
        assertThat(browser.text(By.id("signing-dossiers"))).contains(nominee);
        browser.clickToNavigate(By.cssSelector("form#sign button[type='submit']"));
        browser.waitForTextContaining(NOTICE, "/QĐ-UBND");
        decisionNumber = find(DECISION_NUMBER, browser.text(NOTICE));
        browser.open(submissionPath);
        browser.clickToNavigate(By.cssSelector("a[id^='issued-']"));
        String decisionPdf = browser.element(By.cssSelector("a[href$='/decision.pdf']")).getDomAttribute("href");
        String text = pdfText(decisionPdf);
        assertThat(text).contains(decisionNumber, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", signer);
        browser.signOut();
    }

    /** The text of a PDF the signed-in browser may download, fetched with its session as the browser would. */
    String pdfText(String href) throws Exception {
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + href))
                        .header("Cookie", "SESSION=" + browser.cookie("SESSION") + "; JSESSIONID=" + browser.cookie("JSESSIONID"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).as(href).isEqualTo(200);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(download.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // 5. The clerk again
    // ------------------------------------------------------------------------------------------------

    void clerkSeesTheAwardAndTheWholeHistory() {
        signInAs(CLERK, "Lò Thị Hoa");
        browser.clickToNavigate(By.cssSelector("nav a[href='/dossiers']"));
        browser.clickToNavigate(By.xpath("//main//table//a[normalize-space(.)='" + nominee + "']"));
        browser.waitForPath("/dossiers/" + dossierId);

        browser.waitForText(STATUS, "Đã khen thưởng");
        assertThat(browser.text(By.cssSelector("dl.facts"))).contains(decisionNumber, submissionNumber, remark);

        List<WebElement> rows = browser.elements(By.cssSelector("table#history tbody tr"));
        assertThat(rows).as("one history row per step: create, sections, files, submit, accept, send, appraise, forward, approve, grant")
                .hasSizeGreaterThanOrEqualTo(12);
        assertThat(browser.text(By.id("history")))
                .contains("Lò Thị Hoa", "Tráng A Tủa", "Hoàng Văn Nam", "Trần Quốc Việt", "Đinh Văn Sơn", "Bùi Văn Thịnh",
                        "Cầm Thị Thu", signer, remark);
    }

    // ------------------------------------------------------------------------------------------------

    void signInAs(String username, String fullName) {
        browser.signIn(username, PASSWORD);
        browser.waitForPath("/");
        browser.waitForTextContaining(By.cssSelector("header .who"), fullName);
    }

    static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in \"%s\"", pattern, text).isTrue();
        return m.group();
    }
}
