package vn.gov.sonla.awards.admin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.decision.PrintField;
import vn.gov.sonla.awards.decision.PrintLayout;
import vn.gov.sonla.awards.decision.PrintLayouts;
import vn.gov.sonla.awards.demo.DemoFiling;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator keeps the print layouts of the award forms' blanks: the list with each form's layout or none, a
 * layout created for a form without one, each box checked against the database's bounds with its message beside it
 * and what was typed kept, a scanned picture checked by its content and shown under the fields in the preview, who
 * and when recorded; nobody else sees or changes any of it. Each test's changes are rolled back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class PrintLayoutAdministrationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired AwardFormRepository awardForms;
    @Autowired PrintLayouts layouts;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"vanthu.maison", "syt", "snv", "vpubnd"})
    void nobodyButAnAdministratorSeesOrChangesAPrintLayout(String username) throws Exception {
        CurrentUser someone = fixtures.user(username);
        long merit = awardForm("CHAIRMAN_CERTIFICATE");
        PrintLayout before = layouts.layout(merit).orElseThrow();
        for (String page : List.of("/admin/print-layouts", "/admin/print-layouts/" + merit)) {
            mvc.perform(get(page).with(user(someone))).andExpect(status().isForbidden());
        }
        for (AbstractMockHttpServletRequestBuilder<?> change : List.<AbstractMockHttpServletRequestBuilder<?>>of(
                layoutForm(post("/admin/print-layouts/{id}", merit), "A4", "PORTRAIT", "100"),
                multipart("/admin/print-layouts/{id}/scan", merit).file(new MockMultipartFile("scan", "phoi.png", "image/png", png())),
                post("/admin/print-layouts/{id}/scan/remove", merit))) {
            mvc.perform(change.with(user(someone)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(layouts.layout(merit).orElseThrow()).isEqualTo(before);
    }

    @Test
    void theListShowsEveryAwardFormWithItsLayoutOrNone() throws Exception {
        mvc.perform(get("/admin/print-layouts").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mẫu in trên phôi")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"print-layout-" + awardForm("CHAIRMAN_CERTIFICATE")
                        + "\".*?A3 Ngang.*?Sửa mẫu in.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"print-layout-" + awardForm("GRASSROOTS_CERTIFICATE")
                        + "\".*?Chưa có mẫu in.*?Tạo mẫu in.*")))
                .andExpect(content().string(containsString("data-label=\"Hình thức khen thưởng\"")));
        mvc.perform(get("/admin").with(user(admin())))
                .andExpect(content().string(containsString("href=\"/admin/print-layouts\"")));
    }

    @Test
    void anAdministratorCreatesALayoutForAnAwardFormWithoutOne() throws Exception {
        long grassroots = awardForm("GRASSROOTS_CERTIFICATE");
        assertThat(layouts.layout(grassroots)).isEmpty();
        mvc.perform(get("/admin/print-layouts/{id}", grassroots).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chưa có mẫu in")));

        mvc.perform(layoutForm(post("/admin/print-layouts/{id}", grassroots), "A4", "PORTRAIT", "105,5")
                        .with(user(admin())).with(csrf()))
                .andExpect(redirectedUrl("/admin/print-layouts/" + grassroots))
                .andExpect(flash().attribute("notice", "notice.admin.printLayoutSet"));

        PrintLayout saved = layouts.layout(grassroots).orElseThrow();
        assertThat(saved.paper()).isEqualTo(PrintLayout.Paper.A4);
        assertThat(saved.landscape()).isFalse();
        assertThat(saved.positions()).hasSize(PrintField.values().length);
        PrintLayout.Position awardee = saved.position(PrintField.AWARDEE).orElseThrow();
        assertThat(awardee.xMm()).isEqualByComparingTo(new BigDecimal("105.5"));
        assertThat(awardee.yMm()).isEqualByComparingTo(new BigDecimal("120"));
        assertThat(awardee.fontPt()).isEqualByComparingTo(new BigDecimal("20"));
        assertThat(awardee.align()).isEqualTo(PrintLayout.Align.LEFT);
        assertThat(saved.updatedBy()).isEqualTo("admin");
        assertThat(saved.updatedAt()).isNotNull();
        assertThat(jdbc.sql("select count(*) from admin_audit where action = 'PRINT_LAYOUT_SET' and target = ?")
                .param(awardForms.findById(grassroots).orElseThrow().getName()).query(Long.class).single()).isEqualTo(1);

        // the page shows what was saved, and the preview places the sample text there
        mvc.perform(get("/admin/print-layouts/{id}", grassroots).with(user(admin())))
                .andExpect(content().string(containsString("value=\"105,5\"")))
                .andExpect(content().string(containsString("viewBox=\"0 0 210 297\"")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*<text id=\"preview-AWARDEE\"[^>]*x=\"105.5\"[^>]*y=\"120(\\.0)?\"[^>]*text-anchor=\"start\".*")));
    }

    @Test
    void aRefusedLayoutSaysWhyBesideEachBoxAndKeepsWhatWasTyped() throws Exception {
        long merit = awardForm("CHAIRMAN_CERTIFICATE");
        PrintLayout before = layouts.layout(merit).orElseThrow();

        mvc.perform(layoutForm(post("/admin/print-layouts/{id}", merit), "A3", "LANDSCAPE", "210",
                        Map.of("awardee.x", "hai trăm", "unit.y", "421", "awardLine.size", "7,5", "decision.x", "12,34",
                                "signerName.align", "JUSTIFY"))
                        .with(user(admin())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("value=\"hai trăm\"")))
                .andExpect(content().string(containsString("value=\"421\"")))
                .andExpect(content().string(containsString("value=\"7,5\"")))
                .andExpect(content().string(containsString("value=\"12,34\"")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"awardee.x-error\"[^>]*>Họ và tên người \\(tập thể\\) được khen: cách mép trái phải là số từ 0 đến 420 mm.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"unit.y-error\"[^>]*>Đơn vị: cách mép trên phải là số từ 0 đến 420 mm.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"awardLine.size-error\"[^>]*>Nội dung khen thưởng: cỡ chữ phải là số từ 8 đến 72 pt.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"decision.x-error\"[^>]*>Số và ngày quyết định: cách mép trái.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"signerName.align-error\"[^>]*>Họ và tên người ký: chọn cách căn chữ.*")))
                .andExpect(content().string(containsString("href=\"#awardee.x\"")))
                .andExpect(content().string(not(containsString("id=\"position.x-error\""))));

        // a position off the chosen paper: 300 mm from the left edge fits A3 landscape, not A4 portrait
        mvc.perform(layoutForm(post("/admin/print-layouts/{id}", merit), "A4", "PORTRAIT", "300")
                        .with(user(admin())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vị trí ngang nằm ngoài khổ giấy đã chọn (rộng 210 mm)")));
        assertThat(layouts.layout(merit).orElseThrow()).isEqualTo(before);
    }

    @Test
    void aScanOfTheBlankIsCheckedByItsContentAndShownOnlyInThePreview() throws Exception {
        long merit = awardForm("CHAIRMAN_CERTIFICATE");
        String page = "/admin/print-layouts/" + merit;

        // a PDF named as a picture, and text, are refused beside the box and keep nothing
        for (MockMultipartFile notAPicture : List.of(
                new MockMultipartFile("scan", "phoi.png", "image/png", DemoFiling.samplePdf("Phôi")),
                new MockMultipartFile("scan", "phoi.jpg", "image/jpeg", "%PDF-1.7 not a picture".getBytes()),
                new MockMultipartFile("scan", "phoi.png", "image/png", new byte[0]))) {
            mvc.perform(multipart(page + "/scan").file(notAPicture).with(user(admin())).with(csrf()))
                    .andExpect(redirectedUrl(page + "#scan"))
                    .andExpect(flash().attributeExists("scanError"));
        }
        byte[] huge = new byte[PrintLayouts.MAX_SCAN_BYTES + 1];
        System.arraycopy(png(), 0, huge, 0, png().length);
        mvc.perform(multipart(page + "/scan").file(new MockMultipartFile("scan", "phoi.png", "image/png", huge))
                        .with(user(admin())).with(csrf()))
                .andExpect(flash().attribute("scanError", "print.scan.tooLarge"));
        assertThat(layouts.scan(merit)).isEmpty();
        MvcResult refused = mvc.perform(multipart(page + "/scan").file(new MockMultipartFile("scan", "phoi.png", "image/png",
                        "GIF89a".getBytes())).with(user(admin())).with(csrf())).andReturn();
        mvc.perform(get(page).with(user(admin())).cookie(refused.getResponse().getCookies()))
                .andExpect(content().string(matchesPattern("(?s).*id=\"scan-file-error\"[^>]*>Tệp không phải ảnh PNG hoặc JPEG.*")));

        // a JPEG named .png is a JPEG
        mvc.perform(multipart(page + "/scan").file(new MockMultipartFile("scan", "phoi.png", "image/png", jpeg()))
                        .with(user(admin())).with(csrf()))
                .andExpect(flash().attribute("notice", "notice.admin.printScanSet"));
        assertThat(layouts.scan(merit)).get().extracting(PrintLayouts.Scan::mediaType).isEqualTo("image/jpeg");
        mvc.perform(get(page + "/scan").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(content().bytes(jpeg()));
        mvc.perform(get(page).with(user(admin())))
                .andExpect(content().string(containsString("<image id=\"preview-scan\"")))
                .andExpect(content().string(containsString("href=\"" + page + "/scan\"")))
                .andExpect(content().string(containsString("viewBox=\"0 0 420 297\"")));
        assertThat(jdbc.sql("select count(*) from admin_audit where action = 'PRINT_LAYOUT_SCAN_SET'").query(Long.class).single())
                .isPositive();

        mvc.perform(post(page + "/scan/remove").with(user(admin())).with(csrf()))
                .andExpect(flash().attribute("notice", "notice.admin.printScanRemoved"));
        assertThat(layouts.scan(merit)).isEmpty();
        mvc.perform(get(page + "/scan").with(user(admin()))).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownAwardFormIsNotFound() throws Exception {
        mvc.perform(get("/admin/print-layouts/999999999").with(user(admin()))).andExpect(status().isNotFound());
        mvc.perform(layoutForm(post("/admin/print-layouts/999999999"), "A4", "PORTRAIT", "100")
                .with(user(admin())).with(csrf())).andExpect(status().isNotFound());
    }

    /** Every printed field's boxes: all at x, 120 mm down, 20 pt, left-aligned. */
    private static MockHttpServletRequestBuilder layoutForm(MockHttpServletRequestBuilder request, String paper,
                                                           String orientation, String x) {
        return layoutForm(request, paper, orientation, x, Map.of());
    }

    /** The same, with some boxes typed otherwise. */
    private static MockHttpServletRequestBuilder layoutForm(MockHttpServletRequestBuilder request, String paper,
                                                           String orientation, String x, Map<String, String> typed) {
        Map<String, String> boxes = new LinkedHashMap<>();
        boxes.put("paper", paper);
        boxes.put("orientation", orientation);
        for (PrintField field : PrintField.values()) {
            String p = PrintLayoutForm.property(field);
            boxes.put(p + ".x", x);
            boxes.put(p + ".y", "120");
            boxes.put(p + ".size", "20");
            boxes.put(p + ".align", "LEFT");
        }
        boxes.putAll(typed);
        boxes.forEach(request::param);
        return request;
    }

    private CurrentUser admin() {
        return fixtures.user("admin");
    }

    private long awardForm(String code) {
        return awardForms.findByCode(code).orElseThrow().getId();
    }

    private static byte[] png() throws IOException {
        return picture("png", BufferedImage.TYPE_INT_ARGB);
    }

    private static byte[] jpeg() throws IOException {
        return picture("jpg", BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] picture(String format, int type) throws IOException {
        BufferedImage image = new BufferedImage(84, 59, type);
        image.setRGB(10, 10, 0xFFCC0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
