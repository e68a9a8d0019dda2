package vn.gov.sonla.awards.admin;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new unit joins, in a real headless Chromium: the administrator creates the unit and its clerk's account and
 * reads the one-time password off the page; the new clerk signs in with it, is made to choose a password before
 * anything else, and files a dossier for the unit.
 */
@ServerTest
class AdministrationBrowserTests {

    static final By NOTICE = By.cssSelector("main p.notice[role='status']");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    final long stamp = System.nanoTime();
    final String unitCode = "TTYT_" + stamp;
    final String unitName = "Trung tâm Y tế huyện Sốp Cộp " + stamp;
    final String clerk = "vanthu.sopcop" + stamp;
    final String clerkName = "Lò Văn Sốp";
    final String newPassword = "bản Mường Và bên dòng Nậm Ca " + stamp;
    final String nominee = "Tập thể Khoa Truyền nhiễm " + stamp;

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port,
                messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
    }

    @Test
    void anAdministratorAddsAUnitAndAClerkWhoChangesThePasswordAndFilesADossier() {
        String oneTimePassword = administratorCreatesTheUnitAndTheClerk();
        newClerkSignsInAndMustChangeThePassword(oneTimePassword);
        newClerkFilesADossier();
    }

    String administratorCreatesTheUnitAndTheClerk() {
        browser.signIn("admin", "sonla2021");
        browser.waitForPath("/");
        browser.clickToNavigate(By.cssSelector("nav a[href='/admin']"));
        browser.clickToNavigate(By.cssSelector(".admin-menu a[href='/admin/units']"));
        browser.clickToNavigate(By.cssSelector("main a[href='/admin/units/new']"));
        browser.type(By.id("code"), unitCode);
        browser.type(By.id("name"), unitName);
        browser.choose(By.id("type"), text -> text.startsWith("Bệnh viện"));
        browser.choose(By.id("parentId"), "Sở Y tế"::equals);
        browser.clickToNavigate(By.cssSelector("form#unit-form button[type='submit']"));
        browser.waitForPath("/admin/units/\\d+");
        browser.waitForText(NOTICE, "Đã tạo đơn vị.");

        browser.clickToNavigate(By.cssSelector(".admin-menu a[href='/admin/users']"));
        browser.clickToNavigate(By.cssSelector("main a[href='/admin/users/new']"));
        browser.type(By.id("username"), clerk);
        browser.type(By.id("fullName"), clerkName);
        browser.choose(By.id("role"), "Cán bộ thi đua đơn vị"::equals);
        browser.choose(By.id("unitId"), unitName::equals);
        browser.clickToNavigate(By.cssSelector("form#user-form button[type='submit']"));
        browser.waitForPath("/admin/users/\\d+");
        String oneTimePassword = browser.text(By.id("otp-value"));
        assertThat(oneTimePassword).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");

        // shown once: the same page again no longer has it
        browser.clickToNavigate(By.cssSelector(".admin-menu a[href='/admin']"));
        assertThat(browser.text(By.id("admin-audit"))).contains(clerk, unitCode);
        browser.signOut();
        return oneTimePassword;
    }

    void newClerkSignsInAndMustChangeThePassword(String oneTimePassword) {
        browser.signIn(clerk, oneTimePassword);
        browser.waitForPath("/account/password");
        assertThat(browser.isPresent(By.id("must-change"))).isTrue();

        browser.open("/dossiers/new");
        browser.waitForPath("/account/password");

        browser.type(By.id("currentPassword"), oneTimePassword);
        browser.type(By.id("newPassword"), "sonla2021");
        browser.type(By.id("confirmPassword"), "sonla2021");
        browser.clickToNavigate(By.cssSelector("form#password-form button[type='submit']"));
        browser.waitForTextContaining(By.id("newPassword-error"), "quá phổ biến");

        browser.type(By.id("currentPassword"), oneTimePassword);
        browser.type(By.id("newPassword"), newPassword);
        browser.type(By.id("confirmPassword"), newPassword);
        browser.clickToNavigate(By.cssSelector("form#password-form button[type='submit']"));
        browser.waitForPath("/account");
        browser.waitForTextContaining(NOTICE, "Đã đổi mật khẩu");
        browser.signOut();

        browser.signIn(clerk, newPassword);
        browser.waitForPath("/");
        browser.waitForTextContaining(By.cssSelector("header .who"), clerkName);
    }

    /** The new clerk files a collective through the task list, with its documents, and sends it. */
    void newClerkFilesADossier() {
        browser.clickToNavigate(By.cssSelector("nav a[href='/dossiers']"));
        browser.clickToNavigate(By.cssSelector("main a[href='/dossiers/new']"));
        browser.choose(By.id("campaignId"), text -> text.contains("Covid"));
        browser.choose(By.id("awardFormId"), "Bằng khen của Chủ tịch UBND tỉnh"::equals);
        browser.check(By.cssSelector("input[name='nomineeType'][value='COLLECTIVE']"));
        browser.type(By.id("nomineeName"), nominee);
        browser.clickToNavigate(By.cssSelector("form[action='/dossiers'] button[type='submit']"));
        String path = browser.waitForPath("/dossiers/\\d+");
        browser.waitForText(By.tagName("h1"), nominee);
        assertThat(browser.text(By.cssSelector("dl.facts"))).contains(unitName);

        browser.clickToNavigate(By.cssSelector("#tasks a[href$='/edit/nominee']"));
        browser.type(By.id("parentUnit"), unitName);
        browser.type(By.id("address"), "Tiểu khu 2, thị trấn");
        browser.type(By.id("contacts"), "0212 3800 000");
        browser.type(By.id("description"), "Thành lập năm 2010; 35 cán bộ, nhân viên.");
        browser.clickToNavigate(By.cssSelector("main form button[type='submit']"));
        browser.clickToNavigate(By.cssSelector("#tasks a[href$='/edit/achievements']"));
        browser.type(By.id("achievementSummary"), "Điều trị an toàn cho hơn 200 người bệnh Covid-19 tại huyện.");
        browser.clickToNavigate(By.cssSelector("main form button[type='submit']"));
        browser.clickToNavigate(By.cssSelector("#tasks a[href$='/edit/criteria']"));
        for (var box : browser.elements(By.cssSelector("input[name='met']"))) {
            if (!box.isSelected()) {
                box.click();
            }
        }
        browser.check(By.id("noBreach"));
        browser.clickToNavigate(By.cssSelector("main form button[type='submit']"));
        browser.clickToNavigate(By.cssSelector("#tasks a[href$='/edit/attachments']"));
        for (String kind : new String[] {"PROPOSAL", "ACHIEVEMENT_REPORT"}) {
            browser.check(By.id("kind-" + kind));
            browser.chooseFile(By.id("file"), kind + ".pdf", vn.gov.sonla.awards.demo.DemoFiling.samplePdf(kind));
            browser.clickToNavigate(By.cssSelector("form[enctype='multipart/form-data'] button[type='submit']"));
        }
        assertThat(browser.text(By.id("attachments"))).contains("PROPOSAL.pdf", "ACHIEVEMENT_REPORT.pdf");
        browser.open(path + "/check");
        browser.clickToNavigate(By.id("submit-dossier"));
        browser.waitForText(By.id("dossier-status"), "Chờ cơ quan tổng hợp xét duyệt");
    }
}
