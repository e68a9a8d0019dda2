package vn.gov.sonla.awards.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The official documents read back as a person would read them: the PDF's text extracted with PDFBox (diacritics
 * intact, every nominee listed in the right part), the XLSX cells with POI, the certificate's QR code decoded from
 * the rendered page. And who may download them: outside the submission's scope the answer is 404.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialDocumentsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Decisions decisions;
    @Autowired JdbcClient jdbc;

    DecidedChain chain;

    @BeforeAll
    void decideASubmission() {
        chain = chains.start().decided();
    }

    @Test
    void theSubmissionPdfIsTheOfficialLetterWithTheWholeList() throws Exception {
        String text = pdfText(download("/documents/submissions/" + chain.submission.id() + "/submission.pdf", DecidedChain.HEALTH));

        assertThat(text).contains("UBND TỈNH SƠN LA", "Sở Y tế", "Số: " + chain.submission.number(),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TỜ TRÌNH",
                "V/v đề nghị khen thưởng", "Kính gửi: Sở Nội vụ", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
        // signed by the department's director from the account that signed, not by the specialist who prepared it
        assertThat(between(text, "Nơi nhận", "DANH SÁCH")).contains("GIÁM ĐỐC", "Trần Quốc Việt").doesNotContain("Hoàng Văn Nam");
        String individuals = between(text, "I. Cá nhân", "II. Tập thể");
        String collectives = after(text, "II. Tập thể");
        assertThat(individuals).contains(chain.firstIndividual, chain.secondIndividual, chain.notEndorsed,
                "Điều dưỡng trưởng khoa Truyền nhiễm", "Bệnh viện Đa khoa tỉnh", "Bằng khen của Chủ tịch UBND tỉnh",
                "Trực tiếp chăm sóc hơn 600 người bệnh Covid-19").doesNotContain(chain.collective);
        assertThat(collectives).contains(chain.collective, "Hoàn thành 100% nhiệm vụ điều trị")
                .doesNotContain(chain.firstIndividual);
    }

    @Test
    void theXlsxListHasOneRowPerNomineeWithItsCells() throws Exception {
        byte[] xlsx = download("/documents/submissions/" + chain.submission.id() + "/list.xlsx", DecidedChain.HOME_AFFAIRS);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(0))).contains(chain.submission.number());
            assertThat(cells.formatCellValue(sheet.getRow(2).getCell(2))).isEqualTo("Họ và tên");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    values.add(cells.formatCellValue(row.getCell(c)));
                }
                rows.add(values);
            }
            assertThat(rows).hasSize(4);
            assertThat(rows).extracting(r -> r.get(2))
                    .containsExactly(chain.firstIndividual, chain.secondIndividual, chain.notEndorsed, chain.collective);
            assertThat(rows.get(0)).containsExactly("1", "Cá nhân", chain.firstIndividual, "Điều dưỡng trưởng khoa Truyền nhiễm",
                    "Bệnh viện Đa khoa tỉnh Sơn La", "Bằng khen của Chủ tịch UBND tỉnh", chain.dossier(chain.firstIndividual).getCampaign().getShortName(),
                    "Trực tiếp chăm sóc hơn 600 người bệnh Covid-19 tại khu điều trị tầng 3.");
            assertThat(rows.get(3).get(1)).isEqualTo("Tập thể");
            assertThat(rows.get(3).get(3)).isEmpty();
        }
    }

    @Test
    void theAppraisalReportIsNumberedByHomeAffairsAndCarriesEachOpinion() throws Exception {
        assertThat(chain.submission.appraisalReportNumber()).matches("\\d+/TTr-SNV");
        String text = pdfText(download("/documents/submissions/" + chain.submission.id() + "/appraisal-report.pdf", DecidedChain.OFFICE));
        assertThat(text).contains("SỞ NỘI VỤ", "Số: " + chain.submission.appraisalReportNumber(),
                "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Sơn La", chain.submission.number(),
                "3 hồ sơ đồng ý, 1 hồ sơ không đồng ý", chain.remark);
        assertThat(between(text, "Nơi nhận", "DANH SÁCH")).contains("GIÁM ĐỐC", "Bùi Văn Thịnh").doesNotContain("Đinh Văn Sơn");
        String individuals = between(text, "I. Cá nhân", "II. Tập thể");
        assertThat(individuals).contains(chain.firstIndividual, chain.secondIndividual, chain.notEndorsed, "Đồng ý", "Không đồng ý");
        assertThat(after(text, "II. Tập thể")).contains(chain.collective);
    }

    @Test
    void theDecisionPdfHasTheOfficialLayoutAndOnlyTheGrantedAwards() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/documents/decisions/{id}/decision.pdf", chain.decision.id())
                .with(user(fixtures.user(DecidedChain.OFFICE)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String safeNumber = chain.decision.number().replace("/QĐ-", "-QD-");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Quyet-dinh-" + safeNumber + ".pdf\"")
                .matches("\\p{ASCII}+");

        keep("/documents/decision.pdf", response.getContentAsByteArray());
        String text = pdfText(response.getContentAsByteArray());
        assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH SƠN LA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: " + chain.decision.number(), "Sơn La, ngày 03 tháng 12 năm 2021",
                "QUYẾT ĐỊNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA", "Luật Tổ chức chính quyền địa phương",
                "Luật Thi đua, khen thưởng", "Nghị định số 91/2017/NĐ-CP", "Kế hoạch số 215/KH-UBND",
                "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số " + chain.submission.appraisalReportNumber(),
                "Điều 1.", "cho 1 tập thể và 2 cá nhân", "Điều 2.", "Điều 3.", "Hoàng Quốc Khánh",
                "DANH SÁCH TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
                "(Kèm theo Quyết định số " + chain.decision.number() + " ngày 03/12/2021");
        String appendix = after(text, "DANH SÁCH TẶNG BẰNG KHEN");
        assertThat(between(appendix, "I. Cá nhân", "II. Tập thể")).contains(chain.firstIndividual, chain.secondIndividual);
        assertThat(after(appendix, "II. Tập thể")).contains(chain.collective);
        assertThat(text).as("the declined dossier is not granted").doesNotContain(chain.notEndorsed);
    }

    @Test
    void noDateNumberOrWordIsSplitAcrossTwoLines() throws Exception {
        long submission = chain.submission.id();
        for (String path : List.of("/documents/submissions/" + submission + "/submission.pdf",
                "/documents/submissions/" + submission + "/appraisal-report.pdf",
                "/documents/decisions/" + chain.decision.id() + "/decision.pdf")) {
            List<String> lines = pdfLines(download(path, DecidedChain.OFFICE));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertThat(line).as("%s, line %d: a date, number or word cut at a slash or hyphen", path, i)
                        .doesNotMatch(".*\\S[/-]").doesNotMatch("[/-]\\S.*");
                if (i + 1 < lines.size()) {
                    assertThat(line + "|" + lines.get(i + 1)).as("%s, line %d: a date split", path, i)
                            .doesNotMatch(".*\\b\\d{1,2}/\\d{1,2}\\|/?\\d{4}\\b.*");
                }
            }
        }
        assertThat(pdfLines(download("/documents/decisions/" + chain.decision.id() + "/decision.pdf", DecidedChain.OFFICE)))
                .as("the date of Home Affairs' report, whole on its line").anyMatch(l -> l.matches(".*\\d{2}/\\d{2}/\\d{4}\\."));
        assertThat(pdfLines(download("/documents/decisions/" + chain.decision.id() + "/certificates.pdf", DecidedChain.OFFICE)))
                .anyMatch(l -> l.contains("ngày 03/12/2021"));
    }

    @Test
    void theAwardFormAndAchievementColumnsAreWideEnoughToReadAsPhrases() throws Exception {
        for (String path : List.of("/documents/submissions/" + chain.submission.id() + "/submission.pdf",
                "/documents/decisions/" + chain.decision.id() + "/decision.pdf")) {
            List<String> lines = pdfLines(download(path, DecidedChain.OFFICE));
            assertThat(linesTaken(lines, "Hình thức khen thưởng")).as("%s: the column's heading", path).isLessThanOrEqualTo(2);
            assertThat(linesTaken(lines, "Bằng khen của Chủ tịch UBND tỉnh")).as("%s: an award form", path).isLessThanOrEqualTo(3);
            assertThat(linesTaken(lines, "Trực tiếp chăm sóc hơn 600 người bệnh Covid-19 tại khu điều trị tầng 3."))
                    .as("%s: an achievement", path).isLessThanOrEqualTo(5);
        }
        List<String> report = pdfLines(download("/documents/submissions/" + chain.submission.id() + "/appraisal-report.pdf", DecidedChain.OFFICE));
        assertThat(linesTaken(report, "Hình thức khen thưởng")).as("appraisal report: the column's heading").isLessThanOrEqualTo(2);
        assertThat(linesTaken(report, "Bằng khen của Chủ tịch UBND tỉnh")).as("appraisal report: an award form").isLessThanOrEqualTo(3);
    }

    @Test
    void certificatesAreLandscapeOnePerAwardWithAQrCodeToTheirVerificationPage() throws Exception {
        byte[] pdf = download("/documents/decisions/" + chain.decision.id() + "/certificates.pdf", DecidedChain.OFFICE);
        List<String> codes = jdbc.sql("select code from certificate where decision_id = ? order by dossier_id")
                .param(chain.decision.id()).query(String.class).list();
        assertThat(codes).hasSize(3).allMatch(c -> c.matches("[0-9A-HJKMNP-TV-Z]{20}"));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains(chain.firstIndividual, chain.secondIndividual, chain.collective,
                    "TẶNG BẰNG KHEN", "Quyết định số " + chain.decision.number() + " ngày 03/12/2021")
                    .doesNotContain(chain.notEndorsed);

            // The QR image each page carries, read as a scanner reads a whole code in view. (Finding a code on a
            // rendered page instead fails for some 1 in 200 codes ZXing itself draws: its finder-pattern search,
            // not the symbol.)
            List<String> decoded = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                List<BufferedImage> images = new ArrayList<>();
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image.getImage());
                    }
                }
                assertThat(images).as("one QR image per certificate").hasSize(1);
                decoded.add(new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(images.get(0)))), Map.of(DecodeHintType.PURE_BARCODE, true)).getText());
            }
            assertThat(decoded).containsExactlyInAnyOrderElementsOf(
                    codes.stream().map(c -> "http://localhost:8080/verify/" + c).toList());
        }
    }

    @Test
    void theUnitsClerkGetsTheCertificateOfItsOwnAwardOnly() throws Exception {
        long granted = chain.dossier(chain.firstIndividual).getId();
        String text = pdfText(download("/documents/dossiers/" + granted + "/certificate.pdf", DecidedChain.CLERK));
        assertThat(text).contains(chain.firstIndividual, chain.decision.number()).doesNotContain(chain.secondIndividual);

        assertStatus("/documents/dossiers/" + granted + "/certificate.pdf", "vanthu.maison", 404);
        long declined = chain.dossier(chain.notEndorsed).getId();
        assertStatus("/documents/dossiers/" + declined + "/certificate.pdf", DecidedChain.CLERK, 404);
    }

    @Test
    void documentsOutsideOnesScopeAreNotFound() throws Exception {
        long submission = chain.submission.id();
        long decision = chain.decision.id();
        for (String path : List.of("/documents/submissions/" + submission + "/submission.pdf",
                "/documents/submissions/" + submission + "/list.xlsx",
                "/documents/submissions/" + submission + "/appraisal-report.pdf",
                "/documents/decisions/" + decision + "/decision.pdf",
                "/documents/decisions/" + decision + "/certificates.pdf")) {
            assertStatus(path, DecidedChain.CLERK, 404);  // a clerk sees dossiers, not submissions
            assertStatus(path, "stttt", 404);             // another compiling department
            assertStatus(path, "admin", 404);
            assertStatus(path, DecidedChain.HEALTH, 200);
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("anonymous: to the login page").isEqualTo(302);
        }
        assertStatus("/documents/decisions/999999999/decision.pdf", DecidedChain.OFFICE, 404);
    }

    @Test
    void theChairmansOfficeSeesNoDocumentOfASubmissionNotYetForwarded() throws Exception {
        DecidedChain sentOnly = chains.start().sent();
        String path = "/documents/submissions/" + sentOnly.submission.id() + "/submission.pdf";
        assertStatus(path, DecidedChain.OFFICE, 404);
        assertStatus(path, DecidedChain.HOME_AFFAIRS, 200);
        assertStatus("/documents/submissions/" + sentOnly.submission.id() + "/appraisal-report.pdf",
                DecidedChain.HOME_AFFAIRS, 404); // no report before forwarding
    }

    // ------------------------------------------------------------------------------------------------

    byte[] download(String path, String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(fixtures.user(username)))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s as %s", path, username).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"").matches("\\p{ASCII}+");
        keep(path, response.getContentAsByteArray());
        return response.getContentAsByteArray();
    }

    void assertStatus(String path, String username, int expected) throws Exception {
        assertThat(mvc.perform(get(path).with(user(fixtures.user(username)))).andReturn().getResponse().getStatus())
                .as("GET %s as %s", path, username).isEqualTo(expected);
    }

    /** The generated files stay under target/documents/ for a person to look at. */
    static void keep(String path, byte[] body) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "documents");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(path.replaceAll("^/documents/", "").replace('/', '-')), body);
    }

    /** The PDF's text with every run of white space as one space, so a wrapped line reads as written. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The PDF's lines of text in the order they are drawn (a table cell's lines follow one another), without blanks. */
    static List<String> pdfLines(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            return Arrays.stream(text.split("\\R")).map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty()).toList();
        }
    }

    /**
     * How many lines the words of a table cell take: its first words end a line (cells beside it may begin that line),
     * the others begin the lines that follow.
     */
    static int linesTaken(List<String> lines, String cell) {
        String[] words = cell.split(" ");
        for (int i = 0; i < lines.size(); i++) {
            for (int k = words.length; k >= 1; k--) {
                String head = String.join(" ", Arrays.copyOfRange(words, 0, k));
                if (!lines.get(i).equals(head) && !lines.get(i).endsWith(" " + head)) {
                    continue;
                }
                int taken = 1;
                int w = k;
                for (int j = i + 1; w < words.length && j < lines.size(); j++) {
                    String[] next = lines.get(j).split(" ");
                    int m = 0;
                    while (m < next.length && w + m < words.length && next[m].equals(words[w + m])) {
                        m++;
                    }
                    if (m == 0) {
                        break;
                    }
                    w += m;
                    taken++;
                }
                if (w == words.length) {
                    return taken;
                }
            }
        }
        throw new AssertionError("'" + cell + "' not found in " + lines);
    }

    static String between(String text, String from, String to) {
        int start = text.lastIndexOf(from);
        int end = text.indexOf(to, start);
        assertThat(start).as("'%s' in the text", from).isNotNegative();
        assertThat(end).as("'%s' after '%s'", to, from).isGreaterThan(start);
        return text.substring(start, end);
    }

    static String after(String text, String from) {
        int start = text.lastIndexOf(from);
        assertThat(start).as("'%s' in the text", from).isNotNegative();
        return text.substring(start);
    }
}
