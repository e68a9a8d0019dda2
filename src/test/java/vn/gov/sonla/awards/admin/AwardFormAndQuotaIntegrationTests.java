package vn.gov.sonla.awards.admin;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.campaign.AwardFormRepository;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.campaign.CriterionRepository;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierCommand;
import vn.gov.sonla.awards.dossier.internal.DossierCriterion;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.QuotaStandings;
import vn.gov.sonla.awards.dossier.UnitSteps;
import vn.gov.sonla.awards.organisation.UnitRepository;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Award forms, criteria and quotas under administration: each change through its page, its line in the log, its
 * refusal to anyone else; criteria versioning (a filed dossier keeps its criteria); quotas seen by clerk and
 * department.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AwardFormAndQuotaIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Administration administration;
    @Autowired Dossiers dossiers;
    @Autowired AwardFormRepository awardForms;
    @Autowired CriterionRepository criteria;
    @Autowired CampaignRepository campaigns;
    @Autowired UnitRepository units;
    @Autowired QuotaStandings standings;
    @Autowired UnitSteps unitSteps;
    @Autowired JdbcClient jdbc;

    final long stamp = System.nanoTime();

    // ------------------------------------------------------------------------------------------------
    // Refusals
    // ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"vanthu.maison", "syt", "snv", "vpubnd"})
    void nobodyButAnAdministratorSeesOrChangesAwardFormsCriteriaOrQuotas(String username) throws Exception {
        CurrentUser someone = fixtures.user(username);
        long merit = awardFormId("CHAIRMAN_CERTIFICATE");
        long criterion = criteria.inForce(campaigns.findByCode("COVID19").orElseThrow().getId(), merit, NomineeType.INDIVIDUAL).get(0).getId();
        long campaign = campaigns.findByCode("COVID19").orElseThrow().getId();
        long unit = units.findByCode("MAISON").orElseThrow().getId();
        for (String page : List.of("/admin/award-forms", "/admin/award-forms/" + merit, "/admin/award-forms/" + merit + "/criteria/new",
                "/admin/criteria/" + criterion, "/admin/campaigns/" + campaign + "/quotas")) {
            mvc.perform(get(page).with(user(someone))).andExpect(status().isForbidden());
        }
        String textBefore = criteria.findById(criterion).orElseThrow().getText();
        long auditBefore = auditCount();
        for (MockHttpServletRequestBuilder change : List.of(
                post("/admin/award-forms/{id}", merit).param("name", "X").param("nameEn", "X").param("appliesToIndividual", "true"),
                post("/admin/award-forms/{id}/criteria", merit).param("nomineeType", "INDIVIDUAL").param("text", "X"),
                post("/admin/criteria/{id}", criterion).param("nomineeType", "INDIVIDUAL").param("text", "X"),
                post("/admin/criteria/{id}/retire", criterion),
                post("/admin/criteria/{id}/reinstate", criterion),
                post("/admin/campaigns/{id}/quotas", campaign).param("unitId", "" + unit).param("awardFormId", "" + merit).param("quota", "1"),
                post("/admin/campaigns/{id}/quotas/remove", campaign).param("unitId", "" + unit).param("awardFormId", "" + merit))) {
            mvc.perform(change.with(user(someone)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(auditCount()).isEqualTo(auditBefore);
        assertThat(criteria.findById(criterion).orElseThrow().getText()).isEqualTo(textBefore);
        assertThat(awardForms.findById(merit).orElseThrow().getName()).isEqualTo("Bằng khen của Chủ tịch UBND tỉnh");
    }

    @Test
    void theServiceRefusesANonAdministratorEvenWithoutTheUrlRules() {
        long merit = awardFormId("CHAIRMAN_CERTIFICATE");
        assertThatThrownBy(() -> administration.addCriterion(merit, NomineeType.INDIVIDUAL, "X", false, fixtures.user("syt").actor()))
                .isInstanceOf(vn.gov.sonla.awards.common.ForbiddenException.class);
        assertThatThrownBy(() -> administration.setQuota(1, 1, merit, 1, fixtures.user("vanthu.maison").actor()))
                .isInstanceOf(vn.gov.sonla.awards.common.ForbiddenException.class);
    }

    // ------------------------------------------------------------------------------------------------
    // Award forms and criteria
    // ------------------------------------------------------------------------------------------------

    @Test
    void aFiledDossierKeepsItsCriteriaWhileNewDossiersGetTheEditedOnes() throws Exception {
        long merit = awardFormId("CHAIRMAN_CERTIFICATE");
        String original = "Tiêu chuẩn thử nghiệm " + stamp;
        String edited = "Tiêu chuẩn đã sửa " + stamp;
        mvc.perform(post("/admin/award-forms/{id}/criteria", merit).with(user(admin())).with(csrf())
                        .param("nomineeType", "INDIVIDUAL").param("text", original))
                .andExpect(redirectedUrl("/admin/award-forms/" + merit));
        long id = jdbc.sql("select id from criterion where text = ?").param(original).query(Long.class).single();
        try {
            assertThat(lastAudit()).contains("admin CRITERION_ADDED CHAIRMAN_CERTIFICATE · INDIVIDUAL", original);
            assertThat(criteria.findById(id).orElseThrow().isRequired()).isFalse();

            Dossier submitted = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Trước khi sửa " + stamp);
            assertThat(texts(submitted)).contains(original);

            mvc.perform(post("/admin/criteria/{id}", id).with(user(admin())).with(csrf())
                            .param("nomineeType", "COLLECTIVE").param("text", edited).param("required", "true"))
                    .andExpect(redirectedUrl("/admin/award-forms/" + merit));
            assertThat(lastAudit()).contains("admin CRITERION_UPDATED", original + " → [*] " + edited);
            assertThat(criteria.findById(id).orElseThrow().getNomineeType()).isEqualTo(NomineeType.INDIVIDUAL);

            // the submitted dossier still shows the text it was filed under, also on its page
            Dossier again = fixtures.reload(submitted, "vanthu.maison");
            assertThat(texts(again)).contains(original).doesNotContain(edited);
            DossierCriterion line = again.getCriteria().stream().filter(c -> c.getCriterionId() == id).findFirst().orElseThrow();
            assertThat(line.isRequired()).isFalse();
            mvc.perform(get("/dossiers/{id}", submitted.getId()).with(user(fixtures.user("vanthu.maison"))))
                    .andExpect(content().string(containsString(original)))
                    .andExpect(content().string(not(containsString(edited))));

            // a dossier started now gets the new text
            Dossier fresh = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Sau khi sửa " + stamp);
            assertThat(texts(fresh)).contains(edited).doesNotContain(original);

            // retired: no longer offered to new dossiers, never deleted, filed dossiers keep it
            mvc.perform(post("/admin/criteria/{id}/retire", id).with(user(admin())).with(csrf()))
                    .andExpect(redirectedUrl("/admin/award-forms/" + merit));
            assertThat(lastAudit()).contains("admin CRITERION_RETIRED");
            assertThat(criteria.findById(id)).isPresent();
            Dossier later = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Sau khi ngừng " + stamp);
            assertThat(texts(later)).doesNotContain(edited);
            assertThat(texts(fixtures.reload(submitted, "vanthu.maison"))).contains(original);
            mvc.perform(get("/admin/award-forms/{id}", merit).with(user(admin())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(edited)))
                    .andExpect(content().string(containsString("Đã ngừng áp dụng")));

            mvc.perform(post("/admin/criteria/{id}/reinstate", id).with(user(admin())).with(csrf()));
            assertThat(lastAudit()).contains("admin CRITERION_REINSTATED");
            assertThat(texts(fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Áp dụng lại " + stamp)))
                    .contains(edited);
        } finally {
            // the reference data is shared by every test: take the test criterion out of new dossiers
            jdbc.sql("update criterion set retired = true where id = ?").param(id).update();
        }
    }

    @Test
    void theAdministratorSeesEveryAwardFormAndEditsItsCriteriaOnTheirOwnPages() throws Exception {
        long merit = awardFormId("CHAIRMAN_CERTIFICATE");
        var first = criteria.inForce(campaigns.findByCode("COVID19").orElseThrow().getId(), merit, NomineeType.COLLECTIVE).get(0);
        mvc.perform(get("/admin/award-forms").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bằng khen của Chủ tịch UBND tỉnh")))
                .andExpect(content().string(containsString("Giấy khen")));
        mvc.perform(get("/admin/award-forms/{id}", merit).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiêu chuẩn đối với Tập thể")))
                .andExpect(content().string(containsString(first.getText())));
        mvc.perform(get("/admin/award-forms/{id}/criteria/new", merit).param("nomineeType", "COLLECTIVE").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thêm tiêu chuẩn")));
        // (the textarea holds the text, escaped as entities by Thymeleaf)
        mvc.perform(get("/admin/criteria/{id}", first.getId()).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sửa tiêu chuẩn")))
                .andExpect(content().string(containsString("Đối tượng: Tập thể · thứ tự " + first.getPosition())));
        mvc.perform(get("/admin/criteria/{id}", 999_999).with(user(admin()))).andExpect(status().isNotFound());
    }

    @Test
    void aCriterionWithoutTextIsRefusedOnTheFieldKeepingTheRest() throws Exception {
        long merit = awardFormId("CHAIRMAN_CERTIFICATE");
        long auditBefore = auditCount();
        mvc.perform(post("/admin/award-forms/{id}/criteria", merit).with(user(admin())).with(csrf())
                        .param("nomineeType", "COLLECTIVE").param("text", "  ").param("required", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập nội dung tiêu chuẩn.")));
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void anAwardFormIsRenamedAndLimitedToOneKindOfNomineeWhichFilingThenRefuses() throws Exception {
        long pm = awardFormId("PM_CERTIFICATE");
        long covid = campaigns.findByCode("COVID19").orElseThrow().getId();
        CurrentUser clerk = fixtures.user("vanthu.maison");
        try {
            mvc.perform(post("/admin/award-forms/{id}", pm).with(user(admin())).with(csrf())
                            .param("name", "Bằng khen Thủ tướng " + stamp).param("nameEn", "PM certificate " + stamp)
                            .param("appliesToIndividual", "true"))
                    .andExpect(redirectedUrl("/admin/award-forms/" + pm));
            assertThat(lastAudit()).contains("admin AWARD_FORM_UPDATED PM_CERTIFICATE", "Bằng khen Thủ tướng " + stamp, "INDIVIDUAL");
            assertThat(awardForms.findById(pm).orElseThrow().appliesTo(NomineeType.COLLECTIVE)).isFalse();

            // the start page refuses a collective on the field, keeping what was typed
            mvc.perform(post("/dossiers").with(user(clerk)).with(csrf()).param("campaignId", "" + covid)
                            .param("awardFormId", "" + pm).param("nomineeType", "COLLECTIVE").param("nomineeName", "Tập thể " + stamp))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("không áp dụng cho đối tượng này")))
                    .andExpect(content().string(containsString("Tập thể " + stamp)));
            // and so does the dossier itself, whatever calls it
            assertThatThrownBy(() -> unitSteps.create(new DossierCommand(covid, pm, NomineeType.COLLECTIVE, "Tập thể " + stamp), clerk.actor()))
                    .isInstanceOf(ConflictException.class);
            // individuals still may
            assertThat(unitSteps.create(new DossierCommand(covid, pm, NomineeType.INDIVIDUAL, "Cá nhân " + stamp), clerk.actor()).id()).isNotNull();

            // neither kind: refused on the field
            mvc.perform(post("/admin/award-forms/{id}", pm).with(user(admin())).with(csrf())
                            .param("name", "X").param("nameEn", "X"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Chọn ít nhất một đối tượng")));
        } finally {
            administration.reviseAwardForm(pm, "Bằng khen của Thủ tướng Chính phủ", "Prime Minister's Certificate of Merit",
                    true, true, admin().actor());
        }
        assertThat(awardForms.findById(pm).orElseThrow().appliesTo(NomineeType.COLLECTIVE)).isTrue();
    }

    // ------------------------------------------------------------------------------------------------
    // Quotas
    // ------------------------------------------------------------------------------------------------

    @Test
    void theClerkSeesWhatRemainsAndTheDepartmentSeesAUnitOverItsQuota() throws Exception {
        String code = "QUOTA_" + (stamp % 100_000_000);
        long campaign = newCampaign(code);
        long merit = awardFormId("CHAIRMAN_CERTIFICATE");
        long maison = units.findByCode("MAISON").orElseThrow().getId();
        String overLine = units.findByCode("MAISON").orElseThrow().getName() + " – Kiểm thử chỉ tiêu " + stamp
                + " – Bằng khen của Chủ tịch UBND tỉnh";

        mvc.perform(post("/admin/campaigns/{id}/quotas", campaign).with(user(admin())).with(csrf())
                        .param("unitId", "" + maison).param("awardFormId", "" + merit).param("quota", "2"))
                .andExpect(redirectedUrl("/admin/campaigns/" + campaign + "/quotas"));
        assertThat(lastAudit()).contains("admin QUOTA_SET " + code, "— → 2");

        // drafts and withdrawn dossiers do not count; submitted ones do
        fixtures.aDraft("vanthu.maison", code, "CHAIRMAN_CERTIFICATE", "Nháp " + stamp);
        Dossier withdrawn = fixtures.aSubmittedDossier("vanthu.maison", code, "CHAIRMAN_CERTIFICATE", "Rút " + stamp);
        unitSteps.withdraw(withdrawn.getId(), withdrawn.getVersion(), fixtures.user("vanthu.maison").actor());
        fixtures.aSubmittedDossier("vanthu.maison", code, "CHAIRMAN_CERTIFICATE", "Thứ nhất " + stamp);
        assertThat(standing(campaign)).satisfies(s -> {
            assertThat(s.used()).isEqualTo(1);
            assertThat(s.remaining()).isEqualTo(1);
            assertThat(s.exceeded()).isFalse();
        });
        mvc.perform(get("/dossiers/new").with(user(fixtures.user("vanthu.maison"))))
                .andExpect(content().string(containsString("Chỉ tiêu của đơn vị")))
                .andExpect(content().string(containsString("Còn 1 suất")));
        // another unit's clerk does not see Mai Sơn's quota
        mvc.perform(get("/dossiers/new").with(user(fixtures.user("vanthu.viettel"))))
                .andExpect(content().string(not(containsString("Chỉ tiêu của đơn vị"))));
        mvc.perform(get("/review").with(user(fixtures.user("syt"))))
                .andExpect(content().string(not(containsString(overLine))));

        // quotas never block: two more go through and the unit is over by one
        fixtures.aSubmittedDossier("vanthu.maison", code, "CHAIRMAN_CERTIFICATE", "Thứ hai " + stamp);
        fixtures.aSubmittedDossier("vanthu.maison", code, "CHAIRMAN_CERTIFICATE", "Thứ ba " + stamp);
        assertThat(standing(campaign)).satisfies(s -> {
            assertThat(s.used()).isEqualTo(3);
            assertThat(s.remaining()).isZero();
            assertThat(s.excess()).isEqualTo(1);
        });
        mvc.perform(get("/dossiers/new").with(user(fixtures.user("vanthu.maison"))))
                .andExpect(content().string(containsString("Còn 0 suất")))
                .andExpect(content().string(containsString("Vượt 1")));
        mvc.perform(get("/review").with(user(fixtures.user("syt"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn vị vượt chỉ tiêu")))
                .andExpect(content().string(containsString(overLine + ": đã gửi 3 hồ sơ, chỉ tiêu 2.")));
        // the other department compiles other campaigns and is not told
        mvc.perform(get("/review").with(user(fixtures.user("stttt"))))
                .andExpect(content().string(not(containsString(overLine))));
        mvc.perform(get("/admin/campaigns/{id}/quotas", campaign).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vượt 1")));

        // changed, then removed; each recorded
        mvc.perform(post("/admin/campaigns/{id}/quotas", campaign).with(user(admin())).with(csrf())
                .param("unitId", "" + maison).param("awardFormId", "" + merit).param("quota", "5"));
        assertThat(lastAudit()).contains("admin QUOTA_SET " + code, "2 → 5");
        assertThat(standing(campaign).remaining()).isEqualTo(2);
        mvc.perform(post("/admin/campaigns/{id}/quotas/remove", campaign).with(user(admin())).with(csrf())
                        .param("unitId", "" + maison).param("awardFormId", "" + merit))
                .andExpect(redirectedUrl("/admin/campaigns/" + campaign + "/quotas"));
        assertThat(lastAudit()).contains("admin QUOTA_REMOVED " + code, "5 → —");
        assertThat(standings.ofCampaign(campaign)).isEmpty();
    }

    @Test
    void aQuotaFormWithErrorsComesBackWithThem() throws Exception {
        long campaign = newCampaign("QBAD_" + (stamp % 100_000_000));
        long grassroots = awardFormId("GRASSROOTS_CERTIFICATE");
        long maison = units.findByCode("MAISON").orElseThrow().getId();
        long auditBefore = auditCount();
        mvc.perform(post("/admin/campaigns/{id}/quotas", campaign).with(user(admin())).with(csrf())
                        .param("unitId", "" + maison).param("awardFormId", "" + grassroots).param("quota", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ tiêu là số nguyên từ 0 đến 10000")))
                .andExpect(content().string(containsString("Phong trào này không nhận hình thức khen thưởng đã chọn")));
        assertThat(auditCount()).isEqualTo(auditBefore);
        assertThat(standings.ofCampaign(campaign)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------

    private long newCampaign(String code) {
        CampaignForm form = new CampaignForm(code, "Phong trào kiểm thử chỉ tiêu " + stamp, "Kiểm thử chỉ tiêu " + stamp,
                "77/KH-UBND", LocalDate.now(), units.findByCode("SYT").orElseThrow().getId(), LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(60), 10, 10, 5, 3, List.of(awardFormId("CHAIRMAN_CERTIFICATE")));
        return administration.createCampaign(form, admin().actor()).getId();
    }

    private QuotaStandings.Standing standing(long campaignId) {
        List<QuotaStandings.Standing> all = standings.ofCampaign(campaignId);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private List<String> texts(Dossier dossier) {
        return dossier.getCriteria().stream().map(DossierCriterion::getText).toList();
    }

    private long awardFormId(String code) {
        return awardForms.findByCode(code).orElseThrow().getId();
    }

    private CurrentUser admin() {
        return fixtures.user("admin");
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from admin_audit").query(Long.class).single();
    }

    private String lastAudit() {
        return jdbc.sql("select actor_username || ' ' || action || ' ' || target || ' ' || coalesce(details, '') from admin_audit order by id desc limit 1")
                .query(String.class).single();
    }
}
