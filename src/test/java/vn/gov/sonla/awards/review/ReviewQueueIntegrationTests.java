package vn.gov.sonla.awards.review;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.FilingSection;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.review.internal.ReviewController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The department's queue: filters, claims that nobody overwrites, structured returns, proposals, bulk accept. */
@IntegrationTest
@AutoConfigureMockMvc
class ReviewQueueIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired Accounts accounts;
    @Autowired UnitRepository units;
    @Autowired AwardFormRepository awardForms;
    @Autowired JdbcClient jdbc;
    @Autowired DepartmentSteps departmentSteps;

    final String stamp = Long.toString(System.nanoTime() % 1_000_000);

    @Test
    void theQueueFiltersByUnitDistrictAndNameWithoutDiacritics() throws Exception {
        fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lừ Thị Lọc " + stamp);
        fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lừ Văn Lọc " + stamp);
        long maiSon = units.findByCode("MAISON").orElseThrow().getId();
        var health = user(fixtures.user("syt"));

        mvc.perform(get("/review").param("q", "lu thi loc " + stamp).with(health))
                .andExpect(content().string(containsString("Lừ Thị Lọc " + stamp)))
                .andExpect(content().string(not(containsString("Lừ Văn Lọc " + stamp))));
        mvc.perform(get("/review").param("q", "loc " + stamp).param("districtId", String.valueOf(maiSon)).with(health))
                .andExpect(content().string(containsString("Lừ Thị Lọc " + stamp)))
                .andExpect(content().string(not(containsString("Lừ Văn Lọc " + stamp))));
        mvc.perform(get("/review").param("q", "loc " + stamp).param("frontline", "false").with(health))
                .andExpect(content().string(not(containsString("Lọc " + stamp))));
        mvc.perform(get("/review").param("q", "loc " + stamp).with(user(fixtures.user("stttt"))))
                .andExpect(content().string(not(containsString("Lọc " + stamp))));
    }

    @Test
    void theQueueFiltersByStageAndSubmissionListsShowTheDaysWaited() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lường Thị Giai Đoạn " + stamp);
        departmentSteps.returnForSupplementation(d.getId(), d.getVersion(), "Bổ sung", fixtures.user("syt").actor());
        var health = user(fixtures.user("syt"));
        mvc.perform(get("/review").param("q", "giai doan " + stamp).with(health))
                .andExpect(content().string(not(containsString("Lường Thị Giai Đoạn " + stamp))));
        mvc.perform(get("/review").param("q", "giai doan " + stamp).param("status", "RETURNED").with(health))
                .andExpect(content().string(containsString("Lường Thị Giai Đoạn " + stamp)));
        mvc.perform(get("/appraisal").with(user(fixtures.user("snv"))))
                .andExpect(content().string(containsString("Đã chờ (ngày làm việc)")));
    }

    @Test
    void aClaimIsNotOverwrittenButCanBeTakenOverExplicitly() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Hà Thị Giữ " + stamp);
        CurrentUser first = fixtures.user("syt");
        CurrentUser second = secondHealthOfficer();

        departmentSteps.claim(d.getId(), first.actor());
        assertThatThrownBy(() -> departmentSteps.claim(d.getId(), second.actor())).isInstanceOf(ConflictException.class)
                .hasMessage("error.claimedBy");
        mvc.perform(post("/review/dossiers/{id}/accept", d.getId()).param("version", version(d, second))
                        .with(user(second)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Hồ sơ đang do Hoàng Văn Nam xử lý")));

        departmentSteps.takeOver(d.getId(), second.actor());
        departmentSteps.accept(d.getId(), Long.parseLong(version(d, second)), second.actor());
        Dossier accepted = dossiers.get(d.getId(), second.actor());
        assertThat(accepted.getStatus()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(accepted.getClaim()).isNull();
        List<String> steps = jdbc.sql("""
                select action || ':' || actor_username || ':' || coalesce(note, '') from dossier_event
                where dossier_id = ? and action in ('CLAIM', 'TAKE_OVER', 'ACCEPT') order by id""")
                .param(d.getId()).query(String.class).list();
        assertThat(steps).containsExactly("CLAIM:syt:", "TAKE_OVER:" + second.getUsername() + ":Hoàng Văn Nam",
                "ACCEPT:" + second.getUsername() + ":");
    }

    @Test
    void aReturnNamesTheSectionsToSupplementAndTheClerkSeesThem() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Thị Bổ Sung " + stamp);
        mvc.perform(post("/review/dossiers/{id}/return", d.getId()).param("version", String.valueOf(d.getVersion()))
                        .param("sections", "ATTACHMENTS", "CRITERIA").param("reason", "Thiếu xác nhận của xã")
                        .with(user(fixtures.user("syt"))).with(csrf()))
                .andExpect(status().isFound());
        Dossier returned = dossiers.get(d.getId(), fixtures.user("vanthu.maison").actor());
        assertThat(returned.getReturnedSections()).containsExactly(FilingSection.CRITERIA, FilingSection.ATTACHMENTS);
        mvc.perform(get("/dossiers/{id}", d.getId()).with(user(fixtures.user("vanthu.maison"))))
                .andExpect(content().string(containsString("Thiếu xác nhận của xã")))
                .andExpect(content().string(containsString("Phần cần bổ sung")));
    }

    @Test
    void acceptingWithADifferentAwardFormNeedsAReasonAndTheProposalStands() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Vì Văn Đề Xuất " + stamp);
        String labourOrder = awardForms.findByCode("LABOUR_ORDER").orElseThrow().getId().toString();
        mvc.perform(post("/review/dossiers/{id}/accept", d.getId()).param("version", String.valueOf(d.getVersion()))
                        .param("proposedAwardFormId", labourOrder).with(user(fixtures.user("syt"))).with(csrf()))
                .andExpect(flash().attribute("actionError", "Khi đề xuất hình thức khen thưởng khác, cần ghi lý do."));
        mvc.perform(post("/review/dossiers/{id}/accept", d.getId()).param("version", String.valueOf(d.getVersion()))
                        .param("proposedAwardFormId", labourOrder).param("proposalReason", "Thành tích đặc biệt xuất sắc")
                        .with(user(fixtures.user("syt"))).with(csrf()))
                .andExpect(status().isFound());
        Dossier accepted = dossiers.get(d.getId(), fixtures.user("syt").actor());
        assertThat(accepted.getEffectiveAwardForm().getCode()).isEqualTo("LABOUR_ORDER");
        assertThat(accepted.getAwardForm().getCode()).isEqualTo("CHAIRMAN_CERTIFICATE");
        assertThat(accepted.getProposalReason()).isEqualTo("Thành tích đặc biệt xuất sắc");
    }

    @Test
    void bulkAcceptTakesWhatItMayAndLeavesWhatOthersHold() throws Exception {
        Dossier a = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lô Một " + stamp);
        Dossier b = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lô Hai " + stamp);
        Dossier held = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lô Ba " + stamp);
        departmentSteps.claim(held.getId(), secondHealthOfficer().actor());
        mvc.perform(post("/review/accept-selected").param("dossierIds", a.getId().toString(), b.getId().toString(),
                        held.getId().toString()).param("shown", shown(a), shown(b), shown(held))
                        .with(user(fixtures.user("syt"))).with(csrf()))
                .andExpect(flash().attribute("noticeArg", "2/3"));
        assertThat(dossiers.get(a.getId(), fixtures.user("syt").actor()).getStatus()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(dossiers.get(b.getId(), fixtures.user("syt").actor()).getStatus()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(dossiers.get(held.getId(), fixtures.user("syt").actor()).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
    }

    @Test
    void bulkAcceptRefusesADossierChangedAfterThePageShowedIt() throws Exception {
        Dossier fresh = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lô Bốn " + stamp);
        Dossier changed = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lô Năm " + stamp);
        String shownFresh = shown(fresh);
        String shownChanged = shown(changed);
        // after the queue was shown, someone else takes the dossier up and lets it go again: its version moved on
        departmentSteps.claim(changed.getId(), fixtures.actor("syt"));
        mvc.perform(post("/review/accept-selected").param("dossierIds", fresh.getId().toString(), changed.getId().toString())
                        .param("shown", shownFresh, shownChanged).with(user(fixtures.user("syt"))).with(csrf()))
                .andExpect(flash().attribute("noticeArg", "1/2"))
                .andExpect(flash().attribute("skipped", java.util.List.of("Hồ sơ Lô Năm " + stamp
                        + ": Hồ sơ vừa được người khác thay đổi. Vui lòng tải lại trang để xem trạng thái mới nhất rồi thực hiện lại.")));
        assertThat(dossiers.get(fresh.getId(), fixtures.actor("syt")).getStatus()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(dossiers.get(changed.getId(), fixtures.actor("syt")).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        // a dossier ticked without the version its page showed is not taken either
        Dossier unshown = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lô Sáu " + stamp);
        mvc.perform(post("/review/accept-selected").param("dossierIds", unshown.getId().toString())
                        .with(user(fixtures.user("syt"))).with(csrf()))
                .andExpect(flash().attribute("noticeArg", "0/1"));
        assertThat(dossiers.get(unshown.getId(), fixtures.actor("syt")).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
    }

    /** What the queue page writes beside a dossier's box: its id and the version shown. */
    private String shown(Dossier d) {
        return d.getId() + ":" + dossiers.get(d.getId(), fixtures.actor("syt")).getVersion();
    }

    @Test
    void theAcceptedTabKeepsTheQueueFilterAndTheSubmissionsTabPagesTheDepartmentsOwn() throws Exception {
        Dossier maiSonOne = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Tab Mai Sơn " + stamp);
        fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Tab Bệnh viện " + stamp);
        long maiSon = units.findByCode("MAISON").orElseThrow().getId();
        var health = user(fixtures.user("syt"));

        // the queue's tabs carry its filter; the accepted list is narrowed by it
        mvc.perform(get("/review").param("q", "tab " + stamp).param("districtId", String.valueOf(maiSon)).with(health))
                .andExpect(content().string(containsString("href=\"/review/accepted?q=tab+" + stamp + "&amp;districtId=" + maiSon + "\"")));
        // what the tabs carry is what was typed, "+" and "&" included
        assertThat(ReviewController.tabQuery(new vn.gov.sonla.awards.dossier.DossierFilter("a+b & c", null, null, null)))
                .isEqualTo("?q=a%2Bb+%26+c");
        mvc.perform(get("/review/accepted").param("q", "tab " + stamp).param("districtId", String.valueOf(maiSon)).with(health))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("include-" + maiSonOne.getId())))
                .andExpect(content().string(containsString("Tab Mai Sơn " + stamp)))
                .andExpect(content().string(not(containsString("Tab Bệnh viện " + stamp))));
        // another department does not see them; other roles may not open the tab
        mvc.perform(get("/review/accepted").param("q", "tab " + stamp).with(user(fixtures.user("stttt"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Tab Mai Sơn " + stamp))));
        mvc.perform(get("/review/accepted").with(user(fixtures.user("snv")))).andExpect(status().isForbidden());

        // compiling nothing goes back to the accepted list with a message
        mvc.perform(post("/review/submissions").with(health).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/review/accepted"))
                .andExpect(flash().attribute("failure", "error.submission.empty"));

        // the submissions tab lists the department's own, newest first, page by page
        var sent = fixtures.sent("syt", maiSonOne);
        mvc.perform(get("/review/submissions").with(health))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(sent.number())))
                .andExpect(content().string(containsString("href=\"/review\"")))
                .andExpect(content().string(containsString("href=\"/review/accepted\"")))
                .andExpect(content().string(not(containsString("null\""))));
        mvc.perform(get("/review/submissions").param("after", String.valueOf(sent.id())).with(health))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">" + sent.number() + "<"))));
        mvc.perform(get("/review/submissions").with(user(fixtures.user("stttt"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">" + sent.number() + "<"))));
        mvc.perform(get("/review/submissions").with(user(fixtures.user("vanthu.maison")))).andExpect(status().isForbidden());
    }

    private CurrentUser secondHealthOfficer() {
        String username = "syt.kiemthu" + stamp;
        if (!accounts.exists(username)) {
            accounts.create(username, "Mat-khau-kiem-thu-" + stamp, "Lường Thị Hai", Role.DEPARTMENT,
                    units.findByCode("SYT").orElseThrow());
        }
        return accounts.load(username);
    }

    private String version(Dossier d, CurrentUser user) {
        return String.valueOf(dossiers.get(d.getId(), user.actor()).getVersion());
    }
}
