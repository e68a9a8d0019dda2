package vn.gov.sonla.awards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.gov.sonla.awards.common.ProvinceTime;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

/**
 * The printed report: the PDF a person downloads from the reports page, read back as text with PDFBox, holds the
 * page's figures for the same parameters, in Vietnamese with every diacritic, and only the asker's scope.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ReportPdfIntegrationTests {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;
    @Autowired MockMvc mvc;

    ReportFixture fixture;

    @BeforeEach
    void freshCampaign() {
        fixture = new ReportFixture(jdbc);
    }

    @Test
    void thePdfCarriesTheHeadingPeriodProgramGenerationTimeAndThePagesNumbers() throws Exception {
        RequestPostProcessor snv = user(fixtures.user("snv"));
        String page = mvc.perform(get("/reports").params(march_april()).with(snv))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"export-pdf\"")
                .contains("/reports/report.pdf?from=2026-03&amp;to=2026-04&amp;campaignId=" + fixture.campaignId);

        String text = pdfText("snv");

        assertThat(text).contains("BÁO CÁO KẾT QUẢ PHONG TRÀO THI ĐUA")
                .contains("Phạm vi Số liệu toàn tỉnh")
                .contains("Thời gian Từ tháng 03/2026 đến tháng 04/2026")
                .contains("Phong trào " + fixture.campaignName)
                .contains("Bằng khen của Chủ tịch UBND tỉnh");
        Matcher generated = Pattern.compile("Thời điểm lập báo cáo (\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d)").matcher(text);
        assertThat(generated.find()).as("generation time line in: %s", text).isTrue();
        LocalDateTime at = LocalDateTime.parse(generated.group(1), DATE_TIME);
        assertThat(Duration.between(at, LocalDateTime.now(ProvinceTime.ZONE)).abs()).isLessThan(Duration.ofMinutes(5));

        assertThat(onPage(page, "total-dossiers")).isEqualTo("4");
        assertThat(text).contains("Tổng số hồ sơ " + onPage(page, "total-dossiers") + " ")
                .contains("Hồ sơ đang quá hạn xử lý " + onPage(page, "overdue-total"));
        // the district breakdown: every row of the page's table, with its count, in the PDF, in the same order
        int from = text.indexOf("Theo huyện, thành phố Số hồ sơ");
        assertThat(from).as("district table").isPositive();
        List<String> rows = tableRows(page, "by-district");
        assertThat(rows).hasSize(3).contains("UBND huyện Mai Sơn 2");
        for (String row : rows) {
            int at2 = text.indexOf(row, from);
            assertThat(at2).as(row).isGreaterThan(from);
            from = at2;
        }
    }

    @Test
    void aClerksPdfHoldsOnlyTheirUnit() throws Exception {
        String clerk = pdfText("vanthu.maison");
        assertThat(clerk).contains("Số liệu hồ sơ của đơn vị").contains("UBND huyện Mai Sơn 2")
                .contains("Tổng số hồ sơ 2 ") // D1 and D2; its draft D5 of May is outside the period
                .doesNotContain("Bệnh viện Đa khoa tỉnh Sơn La").doesNotContain("Thuận Châu")
                .doesNotContain("Trường THCS thử");

        // the province's PDF of the same campaign does name them
        assertThat(pdfText("snv")).contains("Bệnh viện Đa khoa tỉnh Sơn La").contains("UBND huyện Thuận Châu");
    }

    @Test
    void anAdministratorGetsNoReportAndAnonymousIsSentToLogIn() throws Exception {
        mvc.perform(get("/reports/report.pdf").with(user(fixtures.user("admin")))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/report.pdf")).andExpect(status().is3xxRedirection());
    }

    private String pdfText(String username) throws Exception {
        byte[] pdf = mvc.perform(get("/reports/report.pdf").params(march_april()).with(user(fixtures.user(username))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.matchesPattern("attachment; filename=\"bao-cao-ket-qua-\\d{8}-\\d{4}\\.pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    private org.springframework.util.MultiValueMap<String, String> march_april() {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("from", "2026-03");
        params.add("to", "2026-04");
        params.add("campaignId", String.valueOf(fixture.campaignId));
        return params;
    }

    private static String onPage(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("element #" + id).isTrue();
        return m.group(1).trim();
    }

    /** The rows of the table in the page's section, as "label count". */
    private static List<String> tableRows(String html, String sectionId) {
        int start = html.indexOf("id=\"" + sectionId + "\"");
        assertThat(start).as(sectionId).isPositive();
        String section = html.substring(start, html.indexOf("</table>", start));
        Matcher m = Pattern.compile("<tr>\\s*<td[^>]*>([^<]*)</td>\\s*<td class=\"num\"[^>]*>([^<]*)</td>")
                .matcher(section.substring(section.indexOf("<tbody>")));
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(m.group(1).trim().replace("&amp;", "&") + " " + m.group(2).trim());
        }
        return rows;
    }
}
