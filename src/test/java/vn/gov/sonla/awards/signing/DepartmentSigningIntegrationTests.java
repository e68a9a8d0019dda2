package vn.gov.sonla.awards.signing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.LeaderPosition;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.review.SubmissionSigning;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The department's Tờ trình: the specialist presents, a leader signs (the number taken then) or returns it; the four-eyes
 * rule, a changed presentation and a specialist on a signing route are refused in the service, not only on the page.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DepartmentSigningIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Submissions submissions;
    @Autowired SubmissionSigning signing;
    @Autowired Dossiers dossiers;
    @Autowired Accounts accounts;
    @Autowired UnitRepository units;
    @Autowired Clock clock;

    final String stamp = Long.toString(System.nanoTime() % 1_000_000);

    private SubmissionView presented(String name) {
        Dossier d = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", name + " " + stamp);
        SubmissionView draft = submissions.createDraft(List.of(d.getId()), fixtures.actor("syt"));
        return signing.present(draft.id(), fixtures.actor("syt"));
    }

    private int lastNumber() {
        return fixtures.lastNumber("TTr-SYT", LocalDate.now(clock).getYear());
    }

    @Test
    void aLeaderSeesThePresentedDraftAndSignsItUnderTheNextNumberWithTheirBlock() throws Exception {
        SubmissionView draft = presented("Lò Văn Ký");
        mvc.perform(get("/signing").with(user(fixtures.user("pgd.syt"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/signing/submissions/" + draft.id())));
        mvc.perform(get("/").with(user(fixtures.user("pgd.syt"))))
                .andExpect(content().string(containsString("id=\"figure-to-sign\"")));
        mvc.perform(get("/").with(user(fixtures.user("syt"))))
                .andExpect(content().string(not(containsString("id=\"figure-to-sign\""))));
        mvc.perform(get("/signing/submissions/{id}", draft.id()).with(user(fixtures.user("pgd.syt"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lò Văn Ký " + stamp)));
        int before = lastNumber();

        SubmissionView signed = signing.sign(draft.id(), draft.signOff().revision(), fixtures.actor("pgd.syt"));

        assertThat(signed.number()).isEqualTo((before + 1) + "/TTr-SYT");
        assertThat(signed.status()).isEqualTo(SubmissionStatus.AT_HOME_AFFAIRS);
        assertThat(signed.signOff().signedBy()).isEqualTo("Lê Thị Minh Hằng");
        assertThat(signed.signOff().signerAuthority()).isEqualTo("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC");
        assertThat(signed.signOff().presentedBy()).isEqualTo("Hoàng Văn Nam");
        assertThat(dossiers.inSubmission(fixtures.actor("syt"), draft.id()))
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DossierStatus.AT_HOME_AFFAIRS));
        mvc.perform(get("/signing").with(user(fixtures.user("gd.syt"))))
                .andExpect(content().string(not(containsString("/signing/submissions/" + draft.id()))));
        mvc.perform(get("/review/submissions/{id}", draft.id()).with(user(fixtures.user("syt"))))
                .andExpect(content().string(containsString("Lê Thị Minh Hằng (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC) ký ban hành")));
    }

    @Test
    void whoeverPreparedTheDraftNeverSignsItEvenAsALeader() {
        // a leader who also compiles: prepares and presents, and cannot sign what they presented
        String username = "pgd.four.eyes" + stamp;
        accounts.createLeader(username, "sonla2021", "Quàng Thị Bốn Mắt", Role.DEPARTMENT,
                units.findByCode("SYT").orElseThrow(), LeaderPosition.DEPUTY, "Phó Giám đốc");
        var preparer = fixtures.actor(username);
        Dossier d = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Bốn Mắt " + stamp);
        SubmissionView draft = signing.present(submissions.createDraft(List.of(d.getId()), preparer).id(), preparer);
        int before = lastNumber();

        assertThatThrownBy(() -> signing.sign(draft.id(), draft.signOff().revision(), preparer))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.signing.fourEyes");
        assertThat(lastNumber()).as("a refused signature takes no number").isEqualTo(before);
        assertThat(submissions.get(draft.id(), preparer).status()).isEqualTo(SubmissionStatus.AWAITING_SIGNATURE);

        // another leader signs it
        signing.sign(draft.id(), draft.signOff().revision(), fixtures.actor("gd.syt"));
        assertThat(lastNumber()).isEqualTo(before + 1);
    }

    @Test
    void aSpecialistPostingToTheSigningRouteIsRefusedAndNothingChanges() throws Exception {
        SubmissionView draft = presented("Cầm Thị Chuyên Viên");
        int before = lastNumber();
        mvc.perform(get("/signing").with(user(fixtures.user("syt")))).andExpect(status().isForbidden());
        mvc.perform(post("/signing/submissions/{id}/sign", draft.id()).param("revision", "1")
                        .with(user(fixtures.user("syt"))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/signing/submissions/{id}/sign", draft.id()).param("revision", "1")
                        .with(user(fixtures.user("vanthu.maison"))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> signing.sign(draft.id(), 1, fixtures.actor("syt")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> signing.sign(draft.id(), 1, fixtures.actor("gd.stttt")))
                .as("a leader of another department does not even find it").isInstanceOf(RuntimeException.class);
        assertThat(lastNumber()).isEqualTo(before);
        assertThat(submissions.get(draft.id(), fixtures.actor("syt")).status()).isEqualTo(SubmissionStatus.AWAITING_SIGNATURE);
    }

    @Test
    void aDraftPresentedAgainAfterTheLeaderReadItIsAConflictNotTheOldContent() throws Exception {
        SubmissionView draft = presented("Tòng Văn Đổi");
        int read = draft.signOff().revision();
        // the specialist takes it back, changes it and presents it again
        signing.recall(draft.id(), fixtures.actor("syt"));
        Dossier added = fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Tòng Thị Thêm " + stamp);
        submissions.addToDraft(draft.id(), List.of(added.getId()), fixtures.actor("syt"));
        signing.present(draft.id(), fixtures.actor("syt"));
        int before = lastNumber();

        assertThatThrownBy(() -> signing.sign(draft.id(), read, fixtures.actor("gd.syt")))
                .isInstanceOf(ConflictException.class).hasMessage("error.signing.changed");
        mvc.perform(post("/signing/submissions/{id}/sign", draft.id()).param("revision", "" + read)
                        .with(user(fixtures.user("gd.syt"))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Văn bản đã được chuyên viên rút lại hoặc trình lại")));
        assertThat(lastNumber()).isEqualTo(before);

        // while it is presented the specialist cannot change it
        assertThatThrownBy(() -> submissions.removeFromDraft(draft.id(), added.getId(), fixtures.actor("syt")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aReturnWithoutANoteIsNamedAtTheTopAndBesideTheNoteBox() throws Exception {
        SubmissionView draft = presented("Hà Văn Không Ghi Chú");
        var leader = fixtures.user("gd.syt");
        MvcResult refused = mvc.perform(post("/signing/submissions/{id}/return", draft.id())
                        .param("version", "" + draft.signOff().revision()).param("reason", "  ")
                        .with(user(leader)).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        // the refusal travels in the stored session, which the session cookie names, as for a browser
        mvc.perform(get("/signing/submissions/{id}", draft.id()).with(user(leader)).cookie(refused.getResponse().getCookies()))
                .andExpect(content().string(containsString("<a href=\"#reason\">Nhập lý do.</a>")))
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"reason-error\"")));
        assertThat(submissions.get(draft.id(), fixtures.actor("syt")).signOff().returnNote()).isNull();
    }

    @Test
    void aLeaderReturnsTheDraftToTheSpecialistWithANote() throws Exception {
        SubmissionView draft = presented("Hà Văn Trả");
        mvc.perform(post("/signing/submissions/{id}/return", draft.id()).param("version", "" + draft.signOff().revision())
                        .param("reason", "Bổ sung số liệu tổng hợp theo từng đơn vị.")
                        .with(user(fixtures.user("gd.syt"))).with(csrf()))
                .andExpect(status().isFound());
        SubmissionView returned = submissions.get(draft.id(), fixtures.actor("syt"));
        assertThat(returned.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(returned.number()).isNull();
        assertThat(returned.signOff().returnNote()).isEqualTo("Bổ sung số liệu tổng hợp theo từng đơn vị.");
        mvc.perform(get("/review/submissions/{id}", draft.id()).with(user(fixtures.user("syt"))))
                .andExpect(content().string(containsString("Bổ sung số liệu tổng hợp theo từng đơn vị.")));
    }
}
