package vn.gov.sonla.awards.dossier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.common.Downloads;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bulk filing: every valid row becomes a draft, or nothing does and each problem is named. */
@IntegrationTest
@AutoConfigureMockMvc
class BulkFilingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired CampaignRepository campaigns;
    @Autowired AwardFormRepository awardForms;

    @Test
    void theTemplateHasTheColumnsInVietnamese() throws Exception {
        byte[] xlsx = mvc.perform(get("/dossiers/import/template.xlsx").with(user(fixtures.user("vanthu.maison"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row header = book.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Họ và tên (*)");
            assertThat(header.getCell(3).getStringCellValue()).startsWith("Giới tính");
            assertThat(header.getLastCellNum()).isEqualTo((short) 10);
        }
    }

    @Test
    void validRowsBecomeDraftsOfTheClerksUnit() throws Exception {
        byte[] sheet = sheet(new String[][] {
                {"Mùa Thị Nhập Một", "15/3/1988", "", "Nữ", "Y sĩ", "Trạm Y tế xã Chiềng Ban", "012345678901", "x", "", "Trực chốt 90 ngày."},
                {"Mùa Văn Nhập Hai", "", "1979", "Nam", "Trưởng bản", "Bản Nà Ngần", "", "", "", ""},
                {"", "", "", "", "", "", "", "", "", ""}});
        mvc.perform(upload(sheet)).andExpect(redirectedUrl("/dossiers?status=DRAFT"));

        var rows = jdbc.sql("""
                select d.nominee_name, d.nominee_birth_year, d.nominee_gender, d.frontline, d.status, u.code
                from dossier d join unit u on u.id = d.unit_id where d.nominee_name like 'Mùa % Nhập %' order by d.id""")
                .query().listOfRows();
        assertThat(rows).extracting(r -> r.get("nominee_name") + "|" + r.get("nominee_birth_year") + "|"
                        + r.get("nominee_gender") + "|" + r.get("frontline") + "|" + r.get("status") + "|" + r.get("code"))
                .containsExactly("Mùa Thị Nhập Một|1988|FEMALE|true|DRAFT|MAISON",
                        "Mùa Văn Nhập Hai|1979|MALE|false|DRAFT|MAISON");
    }

    @Test
    void oneInvalidRowMeansNothingIsImportedAndEachProblemIsNamed() throws Exception {
        byte[] sheet = sheet(new String[][] {
                {"Lò Thị Hợp Lệ", "", "1990", "Nữ", "Giáo viên", "Trường Tiểu học Hát Lót", "", "", "", ""},
                {"Lò Văn Sai", "31/2/1990", "", "Không rõ", "", "Bản Mòng", "12345", "", "", ""}});
        mvc.perform(upload(sheet))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày sinh phải theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("Giới tính phải là")))
                .andExpect(content().string(containsString("Chưa có chức vụ.")))
                .andExpect(content().string(containsString("Số CMND/CCCD gồm 9 hoặc 12 chữ số.")));
        assertThat(jdbc.sql("select count(*) from dossier where nominee_name in ('Lò Thị Hợp Lệ', 'Lò Văn Sai')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCellHoldingNulOrAnotherControlIsNamedByRowAndColumnAndNothingIsImported() throws Exception {
        byte[] sheet = sheet(new String[][] {
                {"Lò Thị Ký Tự_x0000_", "", "1990", "Nữ", "Giáo viên", "Trường Tiểu học Hát Lót", "", "", "", "Dạy\r\ngiỏi"},
                {"Lò Văn Ẩn", "", "1985", "Nam", "Y sĩ\u202E", "Trạm Y tế xã Hát Lót", "", "", "", ""}});
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).as("stored as _x0000_, read back as NUL")
                    .contains("\u0000");
        }
        String page = mvc.perform(upload(sheet))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page.replaceAll("\\s+", " "))
                .containsPattern("<td[^>]*>2</td> <td[^>]*>A</td> <td[^>]*>Có ký tự điều khiển")
                .containsPattern("<td[^>]*>3</td> <td[^>]*>E</td> <td[^>]*>Có ký tự điều khiển")
                .doesNotContainPattern("<td[^>]*>2</td> <td[^>]*>J</td>");
        assertThat(jdbc.sql("select count(*) from dossier where nominee_name like 'Lò % Ký Tự%' or nominee_name = 'Lò Văn Ẩn'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefused() throws Exception {
        mvc.perform(multipart("/dossiers/import")
                        .file(new MockMultipartFile("file", "danh-sach.xlsx", Downloads.XLSX.toString(), "not a workbook".getBytes()))
                        .param("campaignId", campaignId()).param("awardFormId", awardFormId())
                        .with(user(fixtures.user("vanthu.maison"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp không phải bảng tính Excel (.xlsx) hợp lệ.")));
    }

    @Test
    void onlyClerksImport() throws Exception {
        mvc.perform(get("/dossiers/import").with(user(fixtures.user("syt")))).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(byte[] sheet) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart("/dossiers/import")
                .file(new MockMultipartFile("file", "danh-sach.xlsx", Downloads.XLSX.toString(), sheet))
                .param("campaignId", campaignId()).param("awardFormId", awardFormId())
                .with(user(fixtures.user("vanthu.maison"))).with(csrf());
    }

    private String campaignId() {
        return campaigns.findByCode("COVID19").orElseThrow().getId().toString();
    }

    private String awardFormId() {
        return awardForms.findByCode("CHAIRMAN_CERTIFICATE").orElseThrow().getId().toString();
    }

    static byte[] sheet(String[][] rows) throws IOException {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Danh sách cá nhân");
            sheet.createRow(0).createCell(0).setCellValue("Họ và tên (*)");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
