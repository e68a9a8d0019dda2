package vn.gov.sonla.awards.dossier;

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

/** A district clerk files several nominees at once from a spreadsheet, in real Chromium. */
@ServerTest
class BulkFilingBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    final String stamp = Long.toString(System.nanoTime() % 1_000_000);

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port,
                messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
    }

    @Test
    void aClerkImportsASheetAndFindsTheDraftsWithoutTypingDiacritics() throws Exception {
        browser.signIn("vanthu.maison", "sonla2021");
        browser.waitForPath("/");
        browser.clickToNavigate(By.cssSelector("nav a[href='/dossiers']"));
        browser.clickToNavigate(By.cssSelector("main a[href='/dossiers/import']"));
        assertThat(browser.isPresent(By.id("template-link"))).as("the template is offered").isTrue();

        // first a sheet with a mistake: nothing is created and the row is named
        byte[] wrong = BulkFilingIntegrationTests.sheet(new String[][] {
                {"Quàng Văn Lỗi " + stamp, "", "1985", "Không rõ", "Trưởng bản", "Bản Pá Sóng", "", "", "", ""}});
        chooseCampaignAndAward();
        browser.chooseFile(By.id("file"), "sai.xlsx", wrong);
        browser.clickToNavigate(By.cssSelector("form[action='/dossiers/import'] button[type='submit']"));
        assertThat(browser.text(By.id("import-problems"))).contains("2", "D", "Giới tính phải là");

        byte[] good = BulkFilingIntegrationTests.sheet(new String[][] {
                {"Điêu Thị Nhập Khẩu " + stamp, "12/5/1990", "", "Nữ", "Y sĩ", "Trạm Y tế xã Mường Bon", "", "x", "", "Trực chốt 60 ngày."},
                {"Điêu Văn Nhập Khẩu " + stamp, "", "1983", "Nam", "Công an xã", "Công an xã Mường Bon", "", "x", "", ""}});
        chooseCampaignAndAward();
        browser.chooseFile(By.id("file"), "danh-sach.xlsx", good);
        browser.clickToNavigate(By.cssSelector("form[action='/dossiers/import'] button[type='submit']"));
        browser.waitForPath("/dossiers\\?status=DRAFT");
        browser.waitForTextContaining(By.cssSelector("main p.notice"), "Đã tạo 2 hồ sơ nháp");

        browser.type(By.id("q"), "dieu thi nhap khau " + stamp);
        browser.clickToNavigate(By.cssSelector("form.filters button[type='submit']"));
        String list = browser.text(By.tagName("main"));
        assertThat(list).contains("Điêu Thị Nhập Khẩu " + stamp).doesNotContain("Điêu Văn Nhập Khẩu " + stamp);
    }

    private void chooseCampaignAndAward() {
        browser.choose(By.id("campaignId"), text -> text.contains("Covid"));
        browser.choose(By.id("awardFormId"), "Bằng khen của Chủ tịch UBND tỉnh"::equals);
    }
}
