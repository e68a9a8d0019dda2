package vn.gov.sonla.awards.decision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
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

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.Gender;
import vn.gov.sonla.awards.dossier.Nominee;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The award form that stands is the one every output names: dossiers filed for the Prime Minister's certificate and
 * accepted by the department as the provincial chairman's are granted the chairman's, and the lists, the documents
 * of their submission and decision, the certificates, the public pages and the nominee's background say so — the
 * form filed appears at most as a list's secondary "as filed" line.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EffectiveAwardFormIntegrationTests {

    private static final String FILED_AWARD = "PM_CERTIFICATE";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired Decisions decisions;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired AwardFormRepository awardForms;
    @Autowired JdbcClient jdbc;

    DecidedChain chain;
    String effective;
    String filed;

    @BeforeAll
    void grantAndPublishDossiersFiledForAnotherAwardForm() throws Exception {
        effective = awardForms.findByCode(DecidedChain.PROVINCIAL_AWARD).orElseThrow().getName();
        filed = awardForms.findByCode(FILED_AWARD).orElseThrow().getName();
        chain = chains.start().filedAs(FILED_AWARD).decided();
        assertThat(mvc.perform(post("/decisions/issued/{id}/publish", chain.decision.id())
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void theApproveButtonNamesTheStepForTheAwardFormThatStands() throws Exception {
        Actor health = fixtures.actor("syt");
        Actor homeAffairs = fixtures.actor("snv");
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "LABOUR_ORDER", "Lò Văn Đổi " + System.nanoTime());
        long provincial = awardForms.findByCode("CHAIRMAN_CERTIFICATE").orElseThrow().getId();
        departmentSteps.accept(d.getId(), d.getVersion(), provincial, "Thành tích ở cấp tỉnh", health);
        SubmissionView s = submissions.compileAndSign(java.util.List.of(d.getId()), health, fixtures.leaderOf(health));
        appraisals.appraise(d.getId(), fixtures.reload(d, "snv").getVersion(), true, null, homeAffairs);
        appraisals.forward(s.id(), homeAffairs, fixtures.leaderOf(homeAffairs));

        String dossierPage = page("/dossiers/" + d.getId(), "vpubnd");
        String submissionPage = page("/decisions/submissions/" + s.id(), "vpubnd");
        for (String page : new String[] {dossierPage, submissionPage}) {
            assertThat(page).contains("Phê duyệt khen thưởng").doesNotContain("Đồng ý trình cấp trên");
        }
    }

    @Test
    void theHonourRollNamesTheAwardGranted() throws Exception {
        String roll = publicPage("/public/honour-roll?q=" + chain.tag);
        assertThat(roll).contains(chain.firstIndividual, chain.secondIndividual, chain.collective, effective)
                .doesNotContain(filed);
    }

    @Test
    void theVerificationPageNamesTheAwardGranted() throws Exception {
        String code = jdbc.sql("select code from certificate where dossier_id = ?")
                .param(chain.dossier(chain.firstIndividual).getId()).query(String.class).single();
        assertThat(publicPage("/verify/" + code)).contains(chain.firstIndividual, effective).doesNotContain(filed);
    }

    @Test
    void theDecisionAndItsAppendixNameTheAwardGranted() throws Exception {
        String text = pdfText(download("/documents/decisions/" + chain.decision.id() + "/decision.pdf", DecidedChain.OFFICE));
        String appendix = text.substring(text.lastIndexOf("DANH SÁCH TẶNG BẰNG KHEN"));
        assertThat(appendix).contains(chain.firstIndividual, chain.collective, effective);
        assertThat(text).doesNotContain(filed);
    }

    @Test
    void theCertificatesNameTheAwardGranted() throws Exception {
        String all = pdfText(download("/documents/decisions/" + chain.decision.id() + "/certificates.pdf", DecidedChain.OFFICE));
        String one = pdfText(download("/documents/dossiers/" + chain.dossier(chain.firstIndividual).getId() + "/certificate.pdf",
                DecidedChain.CLERK));
        for (String text : new String[] {all, one}) {
            assertThat(text).contains(chain.firstIndividual, effective).doesNotContain(filed);
        }
    }

    @Test
    void theSubmissionsListAsPdfNamesTheAwardThatStands() throws Exception {
        String text = pdfText(download("/documents/submissions/" + chain.submission.id() + "/submission.pdf", DecidedChain.HEALTH));
        assertThat(text).contains(chain.firstIndividual, chain.collective, effective).doesNotContain(filed);
    }

    @Test
    void theSubmissionsListAsXlsxNamesTheAwardThatStands() throws Exception {
        byte[] xlsx = download("/documents/submissions/" + chain.submission.id() + "/list.xlsx", DecidedChain.HOME_AFFAIRS);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            List<String> awards = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                awards.add(cells.formatCellValue(sheet.getRow(r).getCell(5)));
            }
            assertThat(awards).hasSize(4).containsOnly(effective);
        }
    }

    @Test
    void theAppraisalReportNamesTheAwardThatStands() throws Exception {
        String text = pdfText(download("/documents/submissions/" + chain.submission.id() + "/appraisal-report.pdf",
                DecidedChain.OFFICE));
        assertThat(text).contains(chain.firstIndividual, chain.notEndorsed, effective).doesNotContain(filed);
    }

    @Test
    void theNomineesEarlierAwardsNameTheAwardGranted() throws Exception {
        String earlier = element(pageOfAnotherDossierOfTheFirstIndividual(), "id=\"earlier-awards\"", "</table>");
        assertThat(earlier).contains(chain.firstIndividual, chain.decision.number(), effective).doesNotContain(filed);
    }

    @Test
    void thePossibleDuplicatesNameTheAwardThatStands() throws Exception {
        String duplicates = element(pageOfAnotherDossierOfTheFirstIndividual(), "id=\"duplicate-warnings\"", "</table>");
        assertThat(duplicates).contains(chain.firstIndividual, effective).doesNotContain(filed);
    }

    @Test
    void theDossierListsNameTheAwardThatStandsAndTheOneFiledOnlyAsSuch() throws Exception {
        long submission = chain.submission.id();
        String clerksList = page("/dossiers?q=" + chain.tag, DecidedChain.CLERK);
        String departmentsQueue = page("/review?status=GRANTED&q=" + chain.tag, DecidedChain.HEALTH);
        String submissionPage = page("/review/submissions/" + submission, DecidedChain.HEALTH);
        for (String list : new String[] {clerksList, departmentsQueue, submissionPage}) {
            String row = row(list, "/dossiers/" + chain.dossier(chain.firstIndividual).getId() + "\"");
            assertThat(row).contains(effective, "đề nghị ban đầu: " + filed);
            assertThat(row.replace("đề nghị ban đầu: " + filed, "")).doesNotContain(filed);
        }
    }

    @Test
    void aListFilteredByAwardFormFindsTheAwardThatStands() throws Exception {
        long effectiveId = awardForms.findByCode(DecidedChain.PROVINCIAL_AWARD).orElseThrow().getId();
        long filedId = awardForms.findByCode(FILED_AWARD).orElseThrow().getId();
        assertThat(page("/dossiers?q=" + chain.tag + "&awardFormId=" + effectiveId, DecidedChain.CLERK))
                .contains(chain.firstIndividual, chain.collective);
        assertThat(page("/dossiers?q=" + chain.tag + "&awardFormId=" + filedId, DecidedChain.CLERK))
                .doesNotContain(chain.firstIndividual, chain.collective);
    }

    // ------------------------------------------------------------------------------------------------

    /** The department's page of a new dossier for the same person, with her background: duplicates, earlier awards. */
    String pageOfAnotherDossierOfTheFirstIndividual() throws Exception {
        Dossier again = fixtures.aSubmittedDossier(DecidedChain.CLERK, "COVID19", DecidedChain.PROVINCIAL_AWARD,
                Nominee.individual(chain.firstIndividual, "Điều dưỡng trưởng khoa Truyền nhiễm", "Bệnh viện Đa khoa tỉnh",
                        1978, Gender.FEMALE, true), "Tiếp tục chăm sóc người bệnh sau đại dịch.");
        return page("/dossiers/" + again.getId(), DecidedChain.HEALTH);
    }

    String page(String path, String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(fixtures.user(username)))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s as %s", path, username).isEqualTo(200);
        return response.getContentAsString();
    }

    String publicPage(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
        return response.getContentAsString();
    }

    byte[] download(String path, String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(fixtures.user(username)))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s as %s", path, username).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    /** The PDF's text with every run of white space as one space, so a wrapped cell reads as written. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The table row of a page that holds the text (a link to a dossier). */
    static String row(String page, String text) {
        int at = page.indexOf(text);
        assertThat(at).as("'%s' on the page", text).isNotNegative();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    /** The part of a page from the marker to the first end after it. */
    static String element(String page, String marker, String end) {
        int at = page.indexOf(marker);
        assertThat(at).as("'%s' on the page", marker).isNotNegative();
        return page.substring(at, page.indexOf(end, at));
    }
}
