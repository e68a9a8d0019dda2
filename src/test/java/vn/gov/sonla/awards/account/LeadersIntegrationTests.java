package vn.gov.sonla.awards.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Specialists and leaders: the administrator sets them, the demo has them, signing reads them from the account. */
@IntegrationTest
@AutoConfigureMockMvc
class LeadersIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Accounts accounts;
    @Autowired UnitRepository units;

    final long stamp = System.nanoTime();

    @Test
    void theDemoOfficesHaveTheirLeaders() {
        assertThat(accounts.signatory(fixtures.actor("gd.syt"), Role.DEPARTMENT).block().authority())
                .containsExactly("GIÁM ĐỐC");
        assertThat(accounts.signatory(fixtures.actor("pgd.syt"), Role.DEPARTMENT).block().authority())
                .containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(accounts.signatory(fixtures.actor("pct.ubnd"), Role.CHAIRMAN_OFFICE).block().authority())
                .containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(accounts.leadersOf(units.findByCode("SYT").orElseThrow().getId()))
                .extracting(Signatory::username).containsSubsequence("gd.syt", "pgd.syt");
        assertThat(fixtures.user("gd.syt").leader()).isTrue();
        assertThat(fixtures.user("syt").leader()).isFalse();
    }

    @Test
    void aSpecialistIsNoSignatory() {
        assertThatThrownBy(() -> accounts.signatory(fixtures.actor("syt"), Role.DEPARTMENT))
                .isInstanceOf(ForbiddenException.class);
        // a leader of another kind of office does not sign for this one
        assertThatThrownBy(() -> accounts.signatory(fixtures.actor("gd.snv"), Role.DEPARTMENT))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theAdministratorMakesALeaderWithAPositionAndATitle() throws Exception {
        String username = "pgd.test" + stamp;
        long unit = units.findByCode("STTTT").orElseThrow().getId();
        mvc.perform(post("/admin/users").with(user(fixtures.user("admin"))).with(csrf())
                        .param("username", username).param("fullName", "Quàng Văn Phó").param("role", "DEPARTMENT")
                        .param("unitId", "" + unit).param("rank", "LEADER").param("position", "DEPUTY")
                        .param("signatureTitle", "Phó Giám đốc"))
                .andExpect(status().is3xxRedirection());

        Signatory signatory = accounts.signatory(accounts.load(username).actor(), Role.DEPARTMENT);
        assertThat(signatory.block().authorityLine()).isEqualTo("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC");

        long id = accounts.load(username).id();
        mvc.perform(post("/admin/users/{id}", id).with(user(fixtures.user("admin"))).with(csrf())
                        .param("username", username).param("fullName", "Quàng Văn Phó").param("role", "DEPARTMENT")
                        .param("unitId", "" + unit).param("rank", "SPECIALIST"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(accounts.get(id).isLeader()).isFalse();
        assertThat(accounts.get(id).getSignatureTitle()).isNull();
    }

    @Test
    void aLeaderWithoutAPositionOrTitleIsRefusedOnTheForm() throws Exception {
        String username = "ld.test" + stamp;
        mvc.perform(post("/admin/users").with(user(fixtures.user("admin"))).with(csrf())
                        .param("username", username).param("fullName", "Lò Văn Thiếu").param("role", "DEPARTMENT")
                        .param("unitId", "" + units.findByCode("SYT").orElseThrow().getId()).param("rank", "LEADER"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Chọn chức vụ của lãnh đạo")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nhập chức danh ghi ở chữ ký")));
        assertThat(accounts.exists(username)).isFalse();
    }
}
