package vn.gov.sonla.awards.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import vn.gov.sonla.awards.demo.DemoFiling;
import vn.gov.sonla.awards.support.Browser;
import vn.gov.sonla.awards.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk who uses no mouse files a whole dossier: signs in, skips the header by the skip link, opens the new
 * dossier form, fills each section and sends the dossier with Tab, the arrow keys, Space and Enter only. Every stop
 * of the focus on the way shows where it is, and each field is reached by Tab in the page's order.
 */
@ServerTest
class KeyboardFilingBrowserTests {

    static final String PASSWORD = "sonla2021";
    static final String CLERK = "vanthu.bvdk";
    static final String CHAIRMAN_CERTIFICATE = "Bằng khen của Chủ tịch UBND tỉnh";
    /** Enough to cross the longest form of the filing; a page needing more would be a page to fix. */
    static final int MAX_TABS = 60;

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired MessageSource messages;

    final String nominee = "Cầm Thị Bàn Phím " + System.nanoTime();

    @BeforeEach
    void connectBrowser() {
        browser.connectTo("http://localhost:" + port,
                messages.getMessage("error.title", null, Locale.forLanguageTag("vi")));
    }

    @Test
    void aClerkFilesAWholeDossierWithTheKeyboardAlone() throws Exception {
        // Signing in.
        browser.open("/login");
        focusOn("#username");
        browser.press(CLERK);
        focusOn("#password");
        browser.press(PASSWORD);
        browser.pressToNavigate(Keys.ENTER);
        browser.waitForPath("/");

        // The first Tab reaches the skip link, shown on the screen; Enter takes the focus past the header.
        browser.press(Keys.TAB);
        WebElement skip = browser.focused();
        assertThat(skip.getDomAttribute("class")).as("the first stop of the focus").contains("skip-link");
        assertThat(skip.getRect().getX()).as("the skip link is on the screen when it has the focus").isGreaterThanOrEqualTo(0);
        assertThat(browser.focusIsVisible()).as("the skip link shows the focus").isTrue();
        browser.press(Keys.ENTER);
        assertThat(browser.focused().getDomAttribute("id")).as("the focus after the skip link").isEqualTo("main");

        // A new dossier.
        focusOn("main a[href='/dossiers/new']");
        browser.pressToNavigate(Keys.ENTER);
        browser.waitForPath("/dossiers/new");
        chooseByArrows("#campaignId", "Covid");
        chooseByArrows("#awardFormId", CHAIRMAN_CERTIFICATE);
        checkRadioByArrows("nomineeType", "INDIVIDUAL");
        focusOn("#nomineeName");
        browser.press(nominee);
        focusOn("form[action='/dossiers'] button[type='submit']");
        browser.pressToNavigate(Keys.ENTER);
        String dossier = browser.waitForPath("/dossiers/\\d+");
        browser.waitForText(By.tagName("h1"), nominee);

        // The nominee.
        focusOn("#tasks a[href$='/edit/nominee']");
        browser.pressToNavigate(Keys.ENTER);
        focusOn("#birthYear");
        browser.press("1990");
        checkRadioByArrows("gender", "FEMALE");
        focusOn("#position");
        browser.press("Điều dưỡng");
        focusOn("#workplace");
        browser.press("Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh");
        focusOn("input[name='frontline'][type='checkbox']");
        browser.press(Keys.SPACE);
        submitForm(dossier);

        // The achievements.
        focusOn("#tasks a[href$='/edit/achievements']");
        browser.pressToNavigate(Keys.ENTER);
        focusOn("#achievementSummary");
        browser.press("Trực khu điều trị Covid-19 trong 6 tháng; chăm sóc hơn 300 người bệnh nặng.");
        submitForm(dossier);

        // The criteria: each box ticked with Space.
        focusOn("#tasks a[href$='/edit/criteria']");
        browser.pressToNavigate(Keys.ENTER);
        while (!browser.elements(By.cssSelector("input[name='met']:not(:checked)")).isEmpty()) {
            focusOn("input[name='met']:not(:checked)");
            browser.press(Keys.SPACE);
        }
        focusOn("#evidence-1");
        browser.press("Giấy xác nhận của Giám đốc Bệnh viện.");
        focusOn("#noBreach");
        if (!browser.focused().isSelected()) {
            browser.press(Keys.SPACE);
        }
        submitForm(dossier);

        // The attachments: the file is given to the focused file input, as the file dialog would.
        focusOn("#tasks a[href$='/edit/attachments']");
        browser.pressToNavigate(Keys.ENTER);
        attach("PROPOSAL", "To-trinh-ban-phim.pdf");
        attach("ACHIEVEMENT_REPORT", "Bao-cao-ban-phim.pdf");
        focusOn("main a[href='" + dossier + "']");
        browser.pressToNavigate(Keys.ENTER);

        // The check, and sending.
        focusOn("#check-link");
        browser.pressToNavigate(Keys.ENTER);
        browser.waitForPath(dossier + "/check");
        focusOn("#submit-dossier");
        browser.pressToNavigate(Keys.ENTER);
        browser.waitForPath(dossier);
        browser.waitForText(By.id("dossier-status"), "Chờ cơ quan tổng hợp xét duyệt");
    }

    /** Tab, in the page's order and with the focus showing at every stop, until the element has the focus. */
    private WebElement focusOn(String cssSelector) {
        WebElement element = browser.tabInOrderTo(cssSelector, MAX_TABS);
        assertThat(browser.focusIsVisible()).as("the focus is visible on %s at %s", cssSelector, browser.path()).isTrue();
        return element;
    }

    /** A closed select changed with the arrow keys until the chosen option's text contains the wanted text. */
    private void chooseByArrows(String cssSelector, String wanted) {
        focusOn(cssSelector);
        for (int i = 0; i < 30 && !selectedText().contains(wanted); i++) {
            browser.press(Keys.ARROW_DOWN);
        }
        assertThat(selectedText()).as("the option chosen with the arrow keys in %s", cssSelector).contains(wanted);
    }

    private String selectedText() {
        return String.valueOf(browser.script("const s = document.activeElement; return s.options[s.selectedIndex].text"));
    }

    /** Tab into a group of radio buttons, then the arrow keys until the wanted one is checked. */
    private void checkRadioByArrows(String name, String value) {
        focusOn("input[type='radio'][name='" + name + "']");
        if (!browser.focused().isSelected() && browser.focused().getDomAttribute("value").equals(value)) {
            browser.press(Keys.SPACE);
        }
        for (int i = 0; i < 10 && !value.equals(browser.focused().getDomAttribute("value")); i++) {
            browser.press(Keys.ARROW_DOWN);
        }
        assertThat(browser.focused().isSelected()).as("the radio %s=%s is checked", name, value).isTrue();
        assertThat(browser.focused().getDomAttribute("value")).isEqualTo(value);
    }

    private void submitForm(String dossier) {
        focusOn("main form button[type='submit']");
        browser.pressToNavigate(Keys.ENTER);
        browser.waitForPath(dossier);
    }

    private void attach(String kind, String fileName) throws Exception {
        checkRadioByArrows("kind", kind);
        focusOn("#file");
        Path file = Files.createDirectories(Path.of("target", "tmp", "uploads")).resolve(fileName);
        Files.write(file, DemoFiling.samplePdf(fileName));
        browser.focused().sendKeys(file.toAbsolutePath().toString());
        focusOn("form[enctype='multipart/form-data'] button[type='submit']");
        browser.pressToNavigate(Keys.ENTER);
        browser.waitForTextContaining(By.cssSelector("main p.notice[role='status']"), fileName);
    }
}
