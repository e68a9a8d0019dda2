package vn.gov.sonla.awards.admin;

import java.time.LocalDate;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.organisation.UnitType;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every administration action through its page, its line in the log, and its refusal to anyone else. */
@IntegrationTest
@AutoConfigureMockMvc
class AdministrationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Accounts accounts;
    @Autowired UnitRepository units;
    @Autowired CampaignRepository campaigns;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired Administration administration;
    @Autowired vn.gov.sonla.awards.dossier.Dossiers dossiers;
    @Autowired DepartmentSteps departmentSteps;

    final long stamp = System.nanoTime();

    // ------------------------------------------------------------------------------------------------
    // Refusals
    // ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"vanthu.maison", "syt", "snv", "vpubnd"})
    void nobodyButAnAdministratorReachesAnAdministrationPage(String username) throws Exception {
        for (String page : List.of("/admin", "/admin/users", "/admin/users/new", "/admin/units", "/admin/units/new",
                "/admin/campaigns", "/admin/campaigns/new")) {
            mvc.perform(get(page).with(user(fixtures.user(username)))).andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vanthu.maison", "syt", "snv", "vpubnd"})
    void nobodyButAnAdministratorChangesAnything(String username) throws Exception {
        CurrentUser someone = fixtures.user(username);
        long victim = fixtures.user("vanthu.viettel").id();
        long unit = units.findByCode("MAISON").orElseThrow().getId();
        long campaign = campaigns.findByCode("COVID19").orElseThrow().getId();
        long auditBefore = auditCount();
        for (MockHttpServletRequestBuilder change : List.of(
                post("/admin/users").param("username", "x" + stamp).param("fullName", "X").param("role", "ADMIN").param("unitId", "" + unit),
                post("/admin/users/{id}", victim).param("username", "vanthu.viettel").param("fullName", "X").param("role", "ADMIN").param("unitId", "" + unit),
                post("/admin/users/{id}/deactivate", victim),
                post("/admin/users/{id}/reactivate", victim),
                post("/admin/users/{id}/reset-password", victim),
                post("/admin/users/{id}/unlock", victim),
                post("/admin/units").param("code", "X" + stamp).param("name", "X").param("type", "DISTRICT"),
                post("/admin/units/{id}", unit).param("code", "MAISON").param("name", "X").param("type", "DISTRICT"),
                post("/admin/units/{id}/deactivate", unit),
                post("/admin/units/{id}/reactivate", unit),
                post("/admin/campaigns").param("code", "X" + stamp),
                post("/admin/campaigns/{id}/close", campaign),
                post("/admin/campaigns/{id}/reopen", campaign))) {
            mvc.perform(change.with(user(someone)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(auditCount()).isEqualTo(auditBefore);
        assertThat(accounts.load("vanthu.viettel").role()).isEqualTo(Role.CLERK);
        assertThat(campaigns.findByCode("COVID19").orElseThrow().isActive()).isTrue();
    }

    @Test
    void theServiceRefusesANonAdministratorEvenWithoutTheUrlRules() {
        assertThatThrownBy(() -> administration.closeCampaign(1, fixtures.user("vpubnd").actor()))
                .isInstanceOf(vn.gov.sonla.awards.common.ForbiddenException.class);
    }

    @Test
    void changesWithoutCsrfAreRefused() throws Exception {
        mvc.perform(post("/admin/units").with(user(admin())).param("code", "X" + stamp).param("name", "X").param("type", "DISTRICT"))
                .andExpect(status().isForbidden());
    }

    // ------------------------------------------------------------------------------------------------
    // Accounts
    // ------------------------------------------------------------------------------------------------

    @Test
    void createsAnAccountWithAOneTimePasswordShownOnce() throws Exception {
        String username = "vanthu.test" + stamp;
        MvcResult created = mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("username", username).param("fullName", "Lò Văn Mới").param("role", "CLERK")
                        .param("unitId", "" + units.findByCode("SONGMA").orElseThrow().getId()))
                .andExpect(redirectedUrlPattern("/admin/users/*"))
                .andExpect(flash().attributeExists("oneTimePassword"))
                .andReturn();
        String password = (String) created.getFlashMap().get("oneTimePassword");

        CurrentUser account = accounts.load(username);
        assertThat(account.role()).isEqualTo(Role.CLERK);
        assertThat(account.unitName()).isEqualTo("UBND huyện Sông Mã");
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(encoder.matches(password, hash(username))).isTrue();
        assertThat(lastAudit()).contains("USER_CREATED", username, "admin");

        // the account page itself does not show the password again
        mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(admin())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString(password))));
    }

    @Test
    void aBadOrTakenUsernameIsRefusedOnTheFieldKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("username", "Có Dấu").param("fullName", "Lo Van Typed").param("role", "CLERK"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập gồm 3 đến 64 ký tự")))
                .andExpect(content().string(containsString("Chọn một đơn vị đang hoạt động")))
                .andExpect(content().string(containsString("value=\"Lo Van Typed\"")));
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("username", "syt").param("fullName", "X").param("role", "CLERK")
                        .param("unitId", "" + units.findByCode("SYT").orElseThrow().getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập này đã được dùng")));
    }

    @Test
    void searchesAccountsByUsernameNameOrUnit() throws Exception {
        mvc.perform(get("/admin/users").param("q", "Mai Sơn").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vanthu.maison")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("vanthu.viettel"))));
        mvc.perform(get("/admin/users").param("q", "hoàng văn").with(user(admin())))
                .andExpect(content().string(containsString(">syt<")));
    }

    @Test
    void assignsRoleAndUnitAndRecordsBeforeAndAfter() throws Exception {
        String username = aClerk();
        long id = accounts.load(username).id();
        long unit = units.findByCode("YENCHAU").orElseThrow().getId();
        mvc.perform(post("/admin/users/{id}", id).with(user(admin())).with(csrf())
                        .param("username", "ignored-" + stamp).param("fullName", "Tên Mới").param("role", "DEPARTMENT")
                        .param("unitId", "" + unit))
                .andExpect(redirectedUrl("/admin/users/" + id));
        CurrentUser changed = accounts.load(username);
        assertThat(changed.getUsername()).as("the username is never changed").isEqualTo(username);
        assertThat(changed.fullName()).isEqualTo("Tên Mới");
        assertThat(changed.role()).isEqualTo(Role.DEPARTMENT);
        assertThat(changed.unitName()).isEqualTo("UBND huyện Yên Châu");
        assertThat(lastAudit()).contains("USER_UPDATED", username, "Mai Sơn", "Yên Châu");
    }

    @Test
    void deactivatesAndReactivatesAnAccount() throws Exception {
        String username = aClerk();
        long id = accounts.load(username).id();
        mvc.perform(post("/admin/users/{id}/deactivate", id).with(user(admin())).with(csrf()));
        assertThat(accounts.load(username).isEnabled()).isFalse();
        assertThat(lastAudit()).contains("USER_DEACTIVATED", username);
        mvc.perform(post("/admin/users/{id}/reactivate", id).with(user(admin())).with(csrf()));
        assertThat(accounts.load(username).isEnabled()).isTrue();
        assertThat(lastAudit()).contains("USER_REACTIVATED", username);
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() throws Exception {
        mvc.perform(post("/admin/users/{id}/deactivate", admin().id()).with(user(admin())).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(accounts.load("admin").isEnabled()).isTrue();
    }

    @Test
    void resetsAPasswordToAOneTimeOne() throws Exception {
        String username = aClerk();
        long id = accounts.load(username).id();
        MvcResult reset = mvc.perform(post("/admin/users/{id}/reset-password", id).with(user(admin())).with(csrf()))
                .andExpect(flash().attributeExists("oneTimePassword")).andReturn();
        String password = (String) reset.getFlashMap().get("oneTimePassword");
        assertThat(encoder.matches(password, hash(username))).isTrue();
        assertThat(encoder.matches("một mật khẩu cũ rất dài", hash(username))).isFalse();
        assertThat(accounts.load(username).mustChangePassword()).isTrue();
        assertThat(lastAudit()).contains("PASSWORD_RESET", username);
    }

    // ------------------------------------------------------------------------------------------------
    // Units
    // ------------------------------------------------------------------------------------------------

    @Test
    void createsRenamesMovesAndDeactivatesAUnit() throws Exception {
        String code = "TTYT_" + stamp;
        long parent = units.findByCode("SYT").orElseThrow().getId();
        MvcResult created = mvc.perform(post("/admin/units").with(user(admin())).with(csrf())
                        .param("code", code).param("name", "Trung tâm Y tế huyện Kiểm Thử").param("type", "HOSPITAL")
                        .param("parentId", "" + parent))
                .andExpect(redirectedUrlPattern("/admin/units/*")).andReturn();
        var unit = units.findByCode(code).orElseThrow();
        assertThat(unit.getType()).isEqualTo(UnitType.HOSPITAL);
        assertThat(lastAudit()).contains("UNIT_CREATED", code);

        mvc.perform(post("/admin/units/{id}", unit.getId()).with(user(admin())).with(csrf())
                .param("code", "CHANGED").param("name", "Trung tâm Y tế huyện Đổi Tên").param("type", "HOSPITAL").param("parentId", ""));
        unit = units.findByCode(code).orElseThrow();
        assertThat(unit.getName()).isEqualTo("Trung tâm Y tế huyện Đổi Tên");
        assertThat(jdbc.sql("select parent_id from unit where code = ?").param(code).query(Long.class).optional()).isEmpty();
        assertThat(lastAudit()).contains("UNIT_UPDATED", "Kiểm Thử", "Đổi Tên");

        mvc.perform(post("/admin/units/{id}/deactivate", unit.getId()).with(user(admin())).with(csrf()));
        assertThat(units.findByCode(code).orElseThrow().isActive()).isFalse();
        assertThat(lastAudit()).contains("UNIT_DEACTIVATED", code);
        // an inactive unit is offered for no new account
        mvc.perform(get("/admin/users/new").with(user(admin())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Đổi Tên"))));
        mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(admin()))).andExpect(status().isOk());
    }

    @Test
    void aUnitWithDossiersIsDeactivatedNeverDeletedAndItsDossiersRemain() throws Exception {
        String code = "KT_" + stamp;
        var unit = administration.createUnit(code, "Đơn vị có hồ sơ " + stamp, UnitType.DISTRICT, null, admin().actor());
        String clerk = "vanthu.kt" + stamp;
        accounts.create(clerk, "một mật khẩu cũ rất dài", "Cán bộ", Role.CLERK, unit);
        Dossier dossier = fixtures.aDraft(clerk, "COVID19", "CHAIRMAN_CERTIFICATE", "Hồ sơ của đơn vị " + stamp);

        mvc.perform(post("/admin/units/{id}/deactivate", unit.getId()).with(user(admin())).with(csrf()));
        assertThat(jdbc.sql("select count(*) from dossier where id = ? and unit_id = ?").params(dossier.getId(), unit.getId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(units.findById(unit.getId())).isPresent();
    }

    @Test
    void aUnitCannotBePlacedUnderItsOwnSubUnit() throws Exception {
        var top = administration.createUnit("TOP_" + stamp, "Cấp trên " + stamp, UnitType.DEPARTMENT, null, admin().actor());
        var sub = administration.createUnit("SUB_" + stamp, "Cấp dưới " + stamp, UnitType.HOSPITAL, top.getId(), admin().actor());
        mvc.perform(post("/admin/units/{id}", top.getId()).with(user(admin())).with(csrf())
                        .param("code", "TOP_" + stamp).param("name", "Cấp trên " + stamp).param("type", "DEPARTMENT")
                        .param("parentId", "" + sub.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể đặt đơn vị trực thuộc chính nó")));
    }

    @Test
    void aTakenUnitCodeIsRefused() throws Exception {
        mvc.perform(post("/admin/units").with(user(admin())).with(csrf())
                        .param("code", "MAISON").param("name", "Trùng mã").param("type", "DISTRICT"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mã đơn vị này đã được dùng")));
        assertThatThrownBy(() -> administration.createUnit("MAISON", "Trùng", UnitType.DISTRICT, null, admin().actor()))
                .isInstanceOf(ConflictException.class);
    }

    // ------------------------------------------------------------------------------------------------
    // Campaigns
    // ------------------------------------------------------------------------------------------------

    @Test
    void createsACampaignThatClerksCanFileUnderAndClosesIt() throws Exception {
        String code = "TD_" + stamp;
        long syt = units.findByCode("SYT").orElseThrow().getId();
        long merit = jdbc.sql("select id from award_form where code = 'CHAIRMAN_CERTIFICATE'").query(Long.class).single();
        mvc.perform(post("/admin/campaigns").with(user(admin())).with(csrf())
                        .param("code", code).param("name", "Phong trào thi đua kiểm thử " + stamp).param("shortName", "Kiểm thử " + stamp)
                        .param("planNumber", "99/KH-UBND").param("planDate", "2025-03-01").param("compilingUnitId", "" + syt)
                        .param("opensOn", LocalDate.now().minusDays(10).toString())
                        .param("closesOn", LocalDate.now().plusDays(90).toString())
                        .param("reviewDays", "15").param("appraisalDays", "10").param("decisionDays", "5")
                        .param("awardFormIds", "" + merit))
                .andExpect(redirectedUrl("/admin/campaigns"));
        var campaign = campaigns.findByCode(code).orElseThrow();
        assertThat(campaign.isActive()).isTrue();
        assertThat(campaign.getReviewDays()).isEqualTo(15);
        assertThat(lastAudit()).contains("CAMPAIGN_CREATED", code);
        assertThat(jdbc.sql("select count(*) from campaign_award_form where campaign_id = ?").param(campaign.getId())
                .query(Long.class).single()).isEqualTo(1);

        // a clerk files under it; closing it stops new dossiers but not the one in progress
        Dossier filed = fixtures.aSubmittedDossier("vanthu.maison", code, "CHAIRMAN_CERTIFICATE", "Đang xử lý " + stamp);
        mvc.perform(post("/admin/campaigns/{id}/close", campaign.getId()).with(user(admin())).with(csrf()));
        assertThat(campaigns.findByCode(code).orElseThrow().isActive()).isFalse();
        assertThat(lastAudit()).contains("CAMPAIGN_CLOSED", code);
        assertThatThrownBy(() -> fixtures.aDraft("vanthu.maison", code, "CHAIRMAN_CERTIFICATE", "Quá hạn " + stamp))
                .isInstanceOf(ConflictException.class);
        mvc.perform(get("/dossiers/new").with(user(fixtures.user("vanthu.maison"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Kiểm thử " + stamp))));
        departmentSteps.accept(filed.getId(), filed.getVersion(), fixtures.user("syt").actor());
        assertThat(dossiers.get(filed.getId(), fixtures.user("syt").actor()).getStatus().name()).isEqualTo("ACCEPTED");
    }

    @Test
    void aCampaignFormWithErrorsComesBackWithThemAndWithWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/campaigns").with(user(admin())).with(csrf())
                        .param("code", "TD_" + stamp).param("name", "Typed name " + stamp)
                        .param("opensOn", "2025-06-30").param("closesOn", "2025-03-15").param("reviewDays", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu")))
                .andExpect(content().string(containsString("Chọn ít nhất một hình thức khen thưởng")))
                .andExpect(content().string(containsString("Thời hạn từ 1 đến 365 ngày làm việc")))
                .andExpect(content().string(containsString("Typed name " + stamp)));
        assertThat(campaigns.findByCode("TD_" + stamp)).isEmpty();
    }

    @Test
    void theLogShowsWhoChangedWhatAndWhen() throws Exception {
        administration.createUnit("LOG_" + stamp, "Đơn vị nhật ký " + stamp, UnitType.ENTERPRISE, null, admin().actor());
        mvc.perform(get("/admin").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LOG_" + stamp)))
                .andExpect(content().string(containsString("Tạo đơn vị")));
    }

    // ------------------------------------------------------------------------------------------------

    private CurrentUser admin() {
        return fixtures.user("admin");
    }

    private String aClerk() {
        String username = "kt.admin" + System.nanoTime();
        accounts.create(username, "một mật khẩu cũ rất dài", "Cán bộ Kiểm Thử", Role.CLERK, units.findByCode("MAISON").orElseThrow());
        return username;
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from user_account where username = ?").param(username).query(String.class).single();
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from admin_audit").query(Long.class).single();
    }

    private String lastAudit() {
        return jdbc.sql("select actor_username || ' ' || action || ' ' || target || ' ' || coalesce(details, '') || ' ' || occurred_at from admin_audit order by id desc limit 1")
                .query(String.class).single();
    }
}
