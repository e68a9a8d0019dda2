package vn.gov.sonla.awards.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.gov.sonla.awards.demo.DemoFiling;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.dossier.internal.Attachment;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.DossierCriterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Filing through the web: uploads, downloads, search, duplicates, withdrawal and hostile input. */
@IntegrationTest
@AutoConfigureMockMvc
class FilingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired UnitSteps unitSteps;
    @Autowired JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    @Test
    void aCheckedFileIsStoredWithItsHashAndDownloadedOnlyByThoseWhoSeeTheDossier() throws Exception {
        long id = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Tệp").getId();
        byte[] pdf = DemoFiling.samplePdf("To trinh");
        mvc.perform(multipart("/dossiers/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "../../Tờ trình <b>số 1</b>.pdf", "application/pdf", pdf))
                        .param("kind", "PROPOSAL").with(as("vanthu.maison")).with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + id + "/edit/attachments"));

        Attachment stored = dossiers.get(id, fixtures.user("vanthu.maison").actor()).getAttachments().get(0);
        assertThat(stored.getFileName()).isEqualTo("b.pdf"); // after the last slash of "…</b>.pdf", markup removed
        assertThat(stored.getSha256()).hasSize(64);
        assertThat(jdbc.sql("select count(*) from attachment_content c join dossier_attachment a on a.content_id = c.id where a.id = ?")
                .param(stored.getId()).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/dossiers/{id}/attachments/{a}", id, stored.getId()).with(as("vanthu.maison")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/dossiers/{id}/attachments/{a}", id, stored.getId()).with(as("vanthu.bvdk")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/{id}/attachments/{a}", id, stored.getId()).with(as("syt")))
                .andExpect(status().isNotFound()); // a draft is the unit's own
    }

    @Test
    void aHostileUploadIsRefusedWithAReasonAndNothingIsStored() throws Exception {
        long id = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Độc Hại").getId();
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        mvc.perform(multipart("/dossiers/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "hoso.pdf", "application/pdf", program))
                        .param("kind", "PROPOSAL").with(as("vanthu.maison")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nội dung tệp không phải PDF, DOCX, DOC, JPG hoặc PNG hợp lệ.")));
        mvc.perform(multipart("/dossiers/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "trong.pdf", "application/pdf", new byte[0]))
                        .param("kind", "PROPOSAL").with(as("vanthu.maison")).with(csrf()))
                .andExpect(content().string(containsString("Chưa chọn tệp, hoặc tệp rỗng.")));
        assertThat(dossiers.get(id, fixtures.user("vanthu.maison").actor()).getAttachments()).isEmpty();
    }

    @Test
    void anotherUnitCannotAttachOrRemoveFiles() throws Exception {
        Dossier d = fixtures.aCompleteDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Chủ Quyền");
        long attachment = d.getAttachments().get(0).getId();
        mvc.perform(multipart("/dossiers/{id}/attachments", d.getId())
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", DemoFiling.samplePdf("x")))
                        .param("kind", "EVIDENCE").with(as("vanthu.bvdk")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dossiers/{id}/attachments/{a}/delete", d.getId(), attachment).with(as("vanthu.bvdk")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(dossiers.get(d.getId(), fixtures.user("vanthu.maison").actor()).getAttachments()).hasSize(2);
    }

    @Test
    void theNameSearchIgnoresVietnameseDiacritics() throws Exception {
        fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Nguyễn Văn Tìm Kiếm");
        mvc.perform(get("/dossiers").param("q", "nguyen van tim kiem").with(as("vanthu.maison")))
                .andExpect(content().string(containsString("Nguyễn Văn Tìm Kiếm")));
        mvc.perform(get("/dossiers").param("q", "TÌM KIẾM").with(as("vanthu.maison")))
                .andExpect(content().string(containsString("Nguyễn Văn Tìm Kiếm")));
        mvc.perform(get("/dossiers").param("q", "nguyen van tim kiem").with(as("vanthu.bvdk")))
                .andExpect(content().string(not(containsString("Nguyễn Văn Tìm Kiếm"))));
        mvc.perform(get("/dossiers").param("q", "%").param("status", "WITHDRAWN").with(as("vanthu.maison")))
                .andExpect(status().isOk());
    }

    @Test
    void markupTypedInAFieldIsShownAsTextAndTooLongTextIsKept() throws Exception {
        Dossier d = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Thẻ");
        mvc.perform(post("/dossiers/{id}/achievements", d.getId()).param("version", String.valueOf(d.getVersion()))
                        .param("achievementSummary", "<script>alert('x')</script> đạt thành tích")
                        .with(as("vanthu.maison")).with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + d.getId()));
        mvc.perform(get("/dossiers/{id}", d.getId()).with(as("vanthu.maison")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; đạt thành tích")))
                .andExpect(content().string(not(containsString("<script>alert"))));

        String tooLong = "Thành tích ".repeat(2500);
        String page = mvc.perform(post("/dossiers/{id}/achievements", d.getId())
                        .param("version", String.valueOf(d.getVersion() + 1)).param("achievementSummary", tooLong)
                        .with(as("vanthu.maison")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không quá 20.000 ký tự.")))
                .andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).as("what was typed comes back").contains(tooLong.strip());
    }

    @Test
    void aPossibleDuplicateIsShownAndNeedsANoteToBeSent() throws Exception {
        fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Hoàng Thị Trùng Lặp");
        Dossier draft = fixtures.aCompleteDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Hoang Thi Trung Lap");
        unitSteps.describeNominee(draft.getId(), draft.getVersion(), Nominee.individual("Hoang Thi Trung Lap", "Y sĩ",
                "Trạm Y tế xã Chiềng Mung", 1980, Gender.FEMALE, false), fixtures.user("vanthu.maison").actor());
        Dossier mine = fixtures.reload(draft, "vanthu.maison");

        mvc.perform(get("/dossiers/{id}/check", mine.getId()).with(as("vanthu.maison")))
                .andExpect(content().string(containsString("Hoàng Thị Trùng Lặp")))
                .andExpect(content().string(containsString("Bệnh viện Đa khoa tỉnh Sơn La")))
                .andExpect(content().string(not(containsString("Khoa Hồi sức tích cực")))); // the other's workplace
        mvc.perform(post("/dossiers/{id}/submit", mine.getId()).param("version", String.valueOf(mine.getVersion()))
                        .with(as("vanthu.maison")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Có hồ sơ có thể trùng: ghi lý do vẫn gửi.")));
        mvc.perform(post("/dossiers/{id}/submit", mine.getId()).param("version", String.valueOf(mine.getVersion()))
                        .param("note", "Cùng tên nhưng là người khác, công tác tại xã Chiềng Mung.")
                        .with(as("vanthu.maison")).with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + mine.getId()));
        // Mai Sơn's head signs its dossiers: with the note given, it goes to the head
        assertThat(dossiers.get(mine.getId(), fixtures.user("vanthu.maison").actor()).getStatus()).isEqualTo(DossierStatus.AT_UNIT_HEAD);
    }

    @Test
    void anIncompleteDossierCannotBeSubmittedEvenByACraftedPost() throws Exception {
        Dossier d = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Thiếu");
        mvc.perform(post("/dossiers/{id}/submit", d.getId()).param("version", String.valueOf(d.getVersion()))
                        .with(as("vanthu.maison")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có Tờ trình đề nghị khen thưởng.")));
        assertThat(dossiers.get(d.getId(), fixtures.user("vanthu.maison").actor()).getStatus()).isEqualTo(DossierStatus.DRAFT);
    }

    @Test
    void aClerkWithdrawsASubmittedDossierBeforeTheDepartmentActs() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Rút");
        mvc.perform(post("/dossiers/{id}/withdraw", d.getId()).param("version", String.valueOf(d.getVersion()))
                        .with(as("vanthu.maison")).with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + d.getId()));
        mvc.perform(get("/dossiers/{id}", d.getId()).with(as("vanthu.maison")))
                .andExpect(content().string(containsString("Đã rút")));
        mvc.perform(post("/review/dossiers/{id}/accept", d.getId()).param("version", String.valueOf(d.getVersion() + 1))
                        .with(as("syt")).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void theCriteriaChecklistIsSavedFromTheForm() throws Exception {
        Dossier d = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Tiêu Chuẩn");
        mvc.perform(post("/dossiers/{id}/criteria", d.getId()).param("version", String.valueOf(d.getVersion()))
                        .param("met", "1").param("met", "5").param("evidence-1", "Quyết định giao nhiệm vụ số 12")
                        .param("noBreach", "true").with(as("vanthu.maison")).with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + d.getId()));
        Dossier saved = dossiers.get(d.getId(), fixtures.user("vanthu.maison").actor());
        assertThat(saved.getCriteria()).filteredOn(DossierCriterion::isMet).extracting(DossierCriterion::getPosition)
                .containsExactly(1, 5);
        assertThat(saved.getCriteria().get(0).getEvidence()).isEqualTo("Quyết định giao nhiệm vụ số 12");
        assertThat(saved.isNoBreachDeclared()).isTrue();
        assertThat(saved.missing()).doesNotContain("missing.criteria", "missing.noBreach");
    }
}
