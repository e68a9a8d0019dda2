package vn.gov.sonla.awards.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.gov.sonla.awards.demo.DemoFiling;

/**
 * A unit's clerk filing a Covid-19 dossier of an individual for the chairman's Bằng khen through the pages, by
 * clicking, section by section, as the README describes; what is typed is kept in the fields below so a test can
 * look for it afterwards.
 */
public final class FilingPages {

    public static final String CHAIRMAN_CERTIFICATE = "Bằng khen của Chủ tịch UBND tỉnh";
    public static final By NOTICE = By.cssSelector("main p.notice[role='status']");

    public final String position = "Điều dưỡng trưởng";
    public final String workplace = "Khoa Truyền nhiễm, Bệnh viện Đa khoa tỉnh";
    public final String achievements = "Tình nguyện trực khu điều trị Covid-19 trong 5 tháng; chăm sóc hơn 400 người bệnh.";
    public final String evidence = "Giấy xác nhận của Giám đốc Bệnh viện.";
    public final String proposal = "To-trinh-mang-cham.pdf";
    public final String report = "Bao-cao-mang-cham.pdf";

    private final Browser browser;

    public FilingPages(Browser browser) {
        this.browser = browser;
    }

    /** From the signed-in clerk's dossier list to a dossier sent to its department; gives the dossier's path. */
    public String fileAndSend(String nominee) {
        browser.open("/dossiers");
        browser.clickToNavigate(By.cssSelector("main a[href='/dossiers/new']"));
        browser.choose(By.id("campaignId"), text -> text.contains("Covid"));
        browser.choose(By.id("awardFormId"), CHAIRMAN_CERTIFICATE::equals);
        browser.check(By.cssSelector("input[name='nomineeType'][value='INDIVIDUAL']"));
        browser.type(By.id("nomineeName"), nominee);
        browser.clickToNavigate(By.cssSelector("form[action='/dossiers'] button[type='submit']"));
        String dossier = browser.waitForPath("/dossiers/\\d+");

        section(dossier, "nominee");
        browser.type(By.id("birthYear"), "1988");
        browser.check(By.cssSelector("input[name='gender'][value='MALE']"));
        browser.type(By.id("position"), position);
        browser.type(By.id("workplace"), workplace);
        browser.check(By.cssSelector("input[name='frontline'][type='checkbox']"));
        save(dossier);

        section(dossier, "achievements");
        browser.type(By.id("achievementSummary"), achievements);
        save(dossier);

        section(dossier, "criteria");
        for (WebElement box : browser.elements(By.cssSelector("input[name='met']"))) {
            if (!box.isSelected()) {
                box.click();
            }
        }
        browser.type(By.id("evidence-1"), evidence);
        browser.check(By.id("noBreach"));
        save(dossier);

        section(dossier, "attachments");
        upload("PROPOSAL", proposal);
        upload("ACHIEVEMENT_REPORT", report);
        browser.clickToNavigate(By.cssSelector("main a[href='" + dossier + "']"));

        browser.clickToNavigate(By.id("check-link"));
        browser.waitForPath(dossier + "/check");
        browser.clickToNavigate(By.id("submit-dossier"));
        browser.waitForPath(dossier);
        return dossier;
    }

    private void section(String dossier, String name) {
        browser.clickToNavigate(By.cssSelector("#tasks a[href='" + dossier + "/edit/" + name + "']"));
    }

    private void save(String dossier) {
        browser.clickToNavigate(By.cssSelector("main form button[type='submit']"));
        browser.waitForPath(dossier);
    }

    private void upload(String kind, String fileName) {
        browser.check(By.id("kind-" + kind));
        browser.chooseFile(By.id("file"), fileName, DemoFiling.samplePdf(fileName));
        browser.clickToNavigate(By.cssSelector("form[enctype='multipart/form-data'] button[type='submit']"));
        browser.waitForTextContaining(NOTICE, fileName);
    }
}
