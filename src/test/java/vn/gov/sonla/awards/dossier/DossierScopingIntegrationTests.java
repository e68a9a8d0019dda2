package vn.gov.sonla.awards.dossier;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.DossierRepository;
import vn.gov.sonla.awards.dossier.internal.DossierRows;
import vn.gov.sonla.awards.dossier.internal.DossierScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every route that loads a dossier is scoped by who asks: other units' and other programs' dossiers are
 * not found, steps out of turn are refused, and nothing answers with a stack trace.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DossierScopingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;

    @Autowired DossierRepository repository;
    @Autowired DossierRows rows;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * The lists read by SQL (DossierRows) and the dossiers loaded through the ORM are scoped by the same rule, written
     * twice (a specification and SQL conditions): for every role, both select exactly the same dossiers, in a list and
     * one by one.
     */
    @Test
    void theListsScopeIsTheSameAsTheDossiersScopeForEveryRole() {
        // dossiers at every stage of the demo data, plus one of each kind made here
        fixtures.aDraft("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Phạm Vi Nháp");
        fixtures.sent("syt", fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Phạm Vi Gửi"));
        fixtures.aSubmittedDossier("vanthu.viettel", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Phạm Vi Chờ");
        for (String username : List.of("vanthu.bvdk", "vanthu.maison", "vanthu.viettel", "syt", "stttt", "snv", "vpubnd", "admin")) {
            var user = fixtures.user(username);
            List<Long> byOrm = repository.findAll(DossierScope.visibleTo(user.actor())).stream().map(Dossier::getId).sorted().toList();
            DossierRows.Conditions where = rows.where(user.actor());
            List<Long> bySql = jdbc.sql("select d.id from dossier d where " + where.sql() + " order by d.id")
                    .params(where.params()).query(Long.class).list();
            assertThat(bySql).as(username).isEqualTo(byOrm);
            // and one dossier is loaded by the same rule: the demo's, at every stage, and the newest, made here
            List<Long> sample = jdbc.sql("""
                    (select id from dossier order by id limit 40) union (select id from dossier order by id desc limit 40)
                    order by id""").query(Long.class).list();
            assertThat(sample.stream().filter(id -> rows.visible(id, user.actor())).toList()).as(username + ", one by one")
                    .isEqualTo(byOrm.stream().filter(sample::contains).toList());
            if (!username.equals("admin")) {
                assertThat(bySql).as(username + " sees some dossiers").isNotEmpty();
            }
        }
    }

    @Test
    void aClerkSeesTheirUnitsDossiersOnly() throws Exception {
        long hospitalDraft = fixtures.aDraft("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Sa Thị Phạm Vi").getId();
        view("vanthu.bvdk", hospitalDraft).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sa Thị Phạm Vi")));
        view("vanthu.maison", hospitalDraft).andExpect(status().isNotFound());
        view("vanthu.viettel", hospitalDraft).andExpect(status().isNotFound());
        mvc.perform(get("/dossiers").with(user(fixtures.user("vanthu.maison"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Sa Thị Phạm Vi"))));
    }

    @Test
    void aClerkCannotReachAnotherUnitsDossierThroughAnyRoute() throws Exception {
        long hospitalDraft = fixtures.aDraft("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Phạm Vi").getId();
        var stranger = user(fixtures.user("vanthu.maison"));
        mvc.perform(get("/dossiers/{id}/edit/nominee", hospitalDraft).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/{id}/check", hospitalDraft).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/dossiers/{id}/submit", hospitalDraft).param("version", "0").with(stranger).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dossiers/{id}/nominee", hospitalDraft).with(stranger).with(csrf())
                        .param("nomineeName", "Đổi tên").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dossiers/{id}/achievements", hospitalDraft).with(stranger).with(csrf())
                        .param("achievementSummary", "Đổi").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dossiers/{id}/start", hospitalDraft).with(stranger).with(csrf())
                        .param("campaignId", "1").param("awardFormId", "5").param("nomineeType", "COLLECTIVE")
                        .param("nomineeName", "Đổi tên").param("version", "0"))
                .andExpect(status().isNotFound());
        view("vanthu.bvdk", hospitalDraft).andExpect(content().string(containsString("Lò Văn Phạm Vi")));
    }

    @Test
    void aClerkOfAnotherUnitFindsNothingOnAnyFilingRoute() throws Exception {
        Dossier theirs = fixtures.aCompleteDraft("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Thị Mọi Đường");
        long id = theirs.getId();
        long file = theirs.getAttachments().get(0).getId();
        var stranger = user(fixtures.user("vanthu.maison"));
        for (String path : List.of("/dossiers/{id}", "/dossiers/{id}/edit/start", "/dossiers/{id}/edit/nominee",
                "/dossiers/{id}/edit/achievements", "/dossiers/{id}/edit/criteria", "/dossiers/{id}/edit/attachments",
                "/dossiers/{id}/check")) {
            mvc.perform(get(path, id).with(stranger)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/dossiers/{id}/attachments/{a}", id, file).with(stranger)).andExpect(status().isNotFound());
        for (String path : List.of("/dossiers/{id}/start", "/dossiers/{id}/nominee", "/dossiers/{id}/achievements",
                "/dossiers/{id}/criteria", "/dossiers/{id}/submit", "/dossiers/{id}/withdraw")) {
            mvc.perform(post(path, id).param("version", String.valueOf(theirs.getVersion()))
                            .param("campaignId", "1").param("awardFormId", "5").param("nomineeType", "INDIVIDUAL")
                            .param("nomineeName", "Đổi").param("achievementSummary", "Đổi")
                            .with(stranger).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/dossiers/{id}/attachments/{a}/delete", id, file).with(stranger).with(csrf()))
                .andExpect(status().isNotFound());
        Dossier unchanged = dossiers.get(id, fixtures.user("vanthu.bvdk").actor());
        assertThat(unchanged.getVersion()).isEqualTo(theirs.getVersion());
        assertThat(unchanged.getNomineeName()).isEqualTo("Lò Thị Mọi Đường");
    }

    @Test
    void departmentsSeeOnlyTheirProgramsAndNoDrafts() throws Exception {
        long songDossier = fixtures.aSubmittedDossier("vanthu.viettel", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Mùa A Sóng").getId();
        long covidDossier = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Mùa A Dịch").getId();
        long draft = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Mùa A Nháp").getId();

        view("stttt", songDossier).andExpect(status().isOk());
        view("syt", songDossier).andExpect(status().isNotFound());
        view("syt", covidDossier).andExpect(status().isOk());
        view("stttt", covidDossier).andExpect(status().isNotFound());
        view("syt", draft).andExpect(status().isNotFound());

        mvc.perform(post("/review/dossiers/{id}/accept", covidDossier).param("version", "1")
                        .with(user(fixtures.user("stttt"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/review").with(user(fixtures.user("syt"))))
                .andExpect(content().string(containsString("Mùa A Dịch")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Mùa A Sóng"))));
    }

    @Test
    void homeAffairsAndTheChairmansOfficeSeeDossiersOnlyOnceTheyArrive() throws Exception {
        long submitted = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Tòng Văn Chờ").getId();
        view("snv", submitted).andExpect(status().isNotFound());
        view("vpubnd", submitted).andExpect(status().isNotFound());
        view("admin", submitted).andExpect(status().isNotFound());
    }

    @Test
    void nobodyActsOutOfTurn() throws Exception {
        Dossier accepted = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Hà Văn Lượt");
        long id = accepted.getId();
        String version = String.valueOf(accepted.getVersion());

        // A clerk cannot reach the department's routes at all.
        mvc.perform(post("/review/dossiers/{id}/accept", id).param("version", version)
                .with(user(fixtures.user("vanthu.maison"))).with(csrf())).andExpect(status().isForbidden());
        // Home Affairs cannot decide.
        mvc.perform(post("/decisions/dossiers/{id}/approve", id).param("version", version)
                .with(user(fixtures.user("snv"))).with(csrf())).andExpect(status().isForbidden());
        // The department cannot accept twice: the refusal names the current stage.
        mvc.perform(post("/review/dossiers/{id}/accept", id).param("version", version)
                        .with(user(fixtures.user("syt"))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Đã tiếp nhận, chờ lập tờ trình")));
        // The clerk cannot edit or resubmit it any more.
        mvc.perform(get("/dossiers/{id}/edit/nominee", id).with(user(fixtures.user("vanthu.maison"))))
                .andExpect(status().isConflict());
    }

    @Test
    void aStalePageIsRefusedWithAClearMessage() throws Exception {
        Dossier submitted = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Quàng Văn Cũ");
        mvc.perform(post("/review/dossiers/{id}/accept", submitted.getId()).param("version", String.valueOf(submitted.getVersion() - 1))
                        .with(user(fixtures.user("syt"))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("vừa được người khác thay đổi")));
    }

    @Test
    void aReturnWithoutReasonKeepsTheDossierAndExplains() throws Exception {
        Dossier submitted = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Thị Lý Do");
        mvc.perform(post("/review/dossiers/{id}/return", submitted.getId()).param("version", String.valueOf(submitted.getVersion()))
                        .param("reason", "   ").with(user(fixtures.user("syt"))).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("actionError", "Nhập lý do."));
        view("syt", submitted.getId()).andExpect(content().string(containsString("Chờ cơ quan tổng hợp xét duyệt")));
    }

    @Test
    void tamperedOrUnknownIdsAreNotFound() throws Exception {
        var clerk = user(fixtures.user("vanthu.maison"));
        mvc.perform(get("/dossiers/abc").with(clerk)).andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/987654321").with(clerk)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")));
        mvc.perform(get("/no-such-page").with(clerk)).andExpect(status().isNotFound());
        mvc.perform(get("/appraisal/submissions/987654321").with(user(fixtures.user("snv")))).andExpect(status().isNotFound());
    }

    private ResultActions view(String username, long dossierId) throws Exception {
        return mvc.perform(get("/dossiers/{id}", dossierId).with(user(fixtures.user(username))));
    }
}
