package vn.gov.sonla.awards.dossier;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.DossierCriterion;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Each program judges its nominees by its own criteria (section III.2.2 of the plan, split by program), and the
 * attributes of the Covid-19 movement (frontline force, no-breach declaration) appear only where a campaign uses them.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CriteriaPerCampaignIntegrationTests {

    static final String SONG_COLLECTIVE_6 = "Các cơ quan, đơn vị, địa phương, doanh nghiệp có những đóng góp lớn ủng hộ"
            + " Chương trình “Sóng và máy tính cho em”, kịp thời giúp đỡ tiếp thêm nghị lực cho các em có hoàn cảnh khó khăn"
            + " có đủ điều kiện tham gia học tập trong mùa đại dịch";
    static final String SONG_INDIVIDUAL_4 = "Có nhiều đóng góp, hỗ trợ, giúp đỡ Chương trình “Sóng và máy tính cho em”"
            + " trên địa bàn tỉnh bằng tiền, hiện vật, hàng hóa, máy móc...";
    static final String INDIVIDUAL_5 = "Chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật tại địa phương";
    static final String COVID_INDIVIDUAL_1 = "Trực tiếp tham gia, hoàn thành xuất sắc nhiệm vụ góp phần tích cực vào phòng,"
            + " chống dịch và cứu chữa bệnh nhân, được cấp có thẩm quyền ghi nhận và đánh giá cao";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired UnitSteps unitSteps;
    @Autowired Dossiers dossiers;
    @Autowired JdbcClient jdbc;

    final long stamp = System.nanoTime();

    @Test
    void aSongDossierIsAskedOnlyWhatConcernsTheSongProgram() throws Exception {
        Dossier d = fixtures.aDraft("vanthu.viettel", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Lò Văn Sóng " + stamp);
        assertThat(d.getCriteria()).extracting(DossierCriterion::getText).containsExactly(SONG_INDIVIDUAL_4, INDIVIDUAL_5);
        assertThat(d.getCriteria()).allMatch(DossierCriterion::isRequired);

        // the page's own content: the footer names both programs of the plan
        String criteriaPage = main("/dossiers/" + d.getId() + "/edit/criteria", "vanthu.viettel");
        assertThat(criteriaPage).contains("Sóng và máy tính cho em", "name=\"met\"")
                .doesNotContain("Covid", "cứu chữa bệnh nhân", "name=\"noBreach\"");
        assertThat(main("/dossiers/" + d.getId() + "/edit/nominee", "vanthu.viettel")).contains("name=\"workplace\"")
                .doesNotContain("tuyến đầu");
        assertThat(main("/dossiers/" + d.getId(), "vanthu.viettel")).contains(SONG_INDIVIDUAL_4)
                .doesNotContain("Covid", "tuyến đầu");

        Dossier collective = dossiers.get(unitSteps.create(new DossierCommand(campaign("SONG_MAY_TINH"),
                awardForm("CHAIRMAN_CERTIFICATE"), NomineeType.COLLECTIVE, "Trường Sóng " + stamp), actor()).id(), actor());
        assertThat(collective.getCriteria()).extracting(DossierCriterion::getText)
                .containsExactly(SONG_COLLECTIVE_6, "Không bị phê bình, nhắc nhở, vi phạm");
        assertThat(collective.getCriteria()).allMatch(DossierCriterion::isRequired);
    }

    @Test
    void aSongDossierIsCompleteWithoutTheCovidDeclarationAndNeverRecordsAFrontlineNominee() {
        // the fixture's nominee is marked frontline and the filing declares no breach: neither is kept for Sóng
        Dossier d = fixtures.aCompleteDraft("vanthu.viettel", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Cà Thị Đủ " + stamp);
        assertThat(d.missing()).isEmpty();
        assertThat(d.getNominee().frontline()).isFalse();
        assertThat(d.isNoBreachDeclared()).isFalse();
    }

    @Test
    void aCovidDossierIsAskedWhatItWasAskedBefore() throws Exception {
        Dossier d = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Dịch " + stamp);
        assertThat(d.getCriteria()).extracting(DossierCriterion::getText).startsWith(COVID_INDIVIDUAL_1).contains(INDIVIDUAL_5);
        assertThat(d.getCriteria()).extracting(DossierCriterion::getPosition).startsWith(1, 2, 3, 4, 5);
        assertThat(d.getCriteria()).extracting(DossierCriterion::getText).doesNotContain(SONG_INDIVIDUAL_4);
        mvc.perform(get("/dossiers/{id}/edit/criteria", d.getId()).with(as("vanthu.maison")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cứu chữa bệnh nhân")))
                .andExpect(content().string(containsString("name=\"noBreach\"")));
        mvc.perform(get("/dossiers/{id}/edit/nominee", d.getId()).with(as("vanthu.maison")))
                .andExpect(content().string(containsString("Thuộc lực lượng tuyến đầu chống dịch")));

        Dossier complete = fixtures.aCompleteDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Thị Dịch " + stamp);
        assertThat(complete.getNominee().frontline()).isTrue();
        assertThat(complete.isNoBreachDeclared()).isTrue();
        unitSteps.declareCriteria(complete.getId(), complete.getVersion(), java.util.Map.of(), false, fixtures.actor("vanthu.maison"));
        assertThat(fixtures.reload(complete, "vanthu.maison").missing()).contains("missing.criteria", "missing.noBreach");
    }

    @Test
    void aClerkWhoMovesADraftToAnotherCampaignGetsThatCampaignsCriteria() throws Exception {
        Dossier d = fixtures.aCompleteDraft("vanthu.viettel", "COVID19", "CHAIRMAN_CERTIFICATE", "Đèo Văn Chuyển " + stamp);
        assertThat(d.getCriteria()).extracting(DossierCriterion::getText).contains(COVID_INDIVIDUAL_1);

        mvc.perform(post("/dossiers/{id}/start", d.getId()).with(as("vanthu.viettel")).with(csrf())
                        .param("campaignId", "" + campaign("SONG_MAY_TINH")).param("awardFormId", "" + awardForm("CHAIRMAN_CERTIFICATE"))
                        .param("nomineeType", "INDIVIDUAL").param("nomineeName", "Đèo Văn Chuyển " + stamp)
                        .param("version", "" + d.getVersion()))
                .andExpect(status().is3xxRedirection());
        Dossier moved = fixtures.reload(d, "vanthu.viettel");
        assertThat(moved.getCampaign().getCode()).isEqualTo("SONG_MAY_TINH");
        assertThat(moved.getCriteria()).extracting(DossierCriterion::getText).containsExactly(SONG_INDIVIDUAL_4, INDIVIDUAL_5);
        // criterion 5 is a different criterion of another campaign: declared anew
        assertThat(moved.getCriteria()).noneMatch(DossierCriterion::isMet);
        assertThat(moved.getNominee().frontline()).isFalse();
        assertThat(moved.isNoBreachDeclared()).isFalse();
    }

    @Test
    void aCriterionTheAdministratorAddsToOneCampaignReachesOnlyThatCampaignsNewDossiers() throws Exception {
        long merit = awardForm("CHAIRMAN_CERTIFICATE");
        long song = campaign("SONG_MAY_TINH");
        String text = "Tiêu chuẩn riêng của chương trình Sóng " + stamp;
        Dossier before = fixtures.aDraft("vanthu.viettel", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Trước " + stamp);
        mvc.perform(post("/admin/award-forms/{id}/criteria", merit).with(as("admin")).with(csrf())
                        .param("campaignId", "" + song).param("nomineeType", "INDIVIDUAL").param("text", text))
                .andExpect(redirectedUrl("/admin/award-forms/" + merit + "?campaign=" + song));
        long id = jdbc.sql("select id from criterion where text = ?").param(text).query(Long.class).single();
        try {
            assertThat(lastAudit()).contains("CRITERION_ADDED CHAIRMAN_CERTIFICATE · SONG_MAY_TINH · INDIVIDUAL · ", text);
            assertThat(texts(fixtures.aDraft("vanthu.viettel", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Sau " + stamp)))
                    .containsExactly(SONG_INDIVIDUAL_4, INDIVIDUAL_5, text);
            assertThat(texts(fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Dịch " + stamp)))
                    .doesNotContain(text);
            assertThat(texts(fixtures.reload(before, "vanthu.viettel"))).doesNotContain(text);
            mvc.perform(get("/admin/award-forms/{id}", merit).param("campaign", "" + song).with(as("admin")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(text)))
                    .andExpect(content().string(containsString(SONG_INDIVIDUAL_4)))
                    .andExpect(content().string(not(containsString("cứu chữa bệnh nhân"))));
            mvc.perform(get("/admin/award-forms/{id}", merit).param("campaign", "999999").with(as("admin")))
                    .andExpect(status().isNotFound());
        } finally {
            // the reference data is shared by every test: take the test criterion out of new dossiers
            jdbc.sql("update criterion set retired = true where id = ?").param(id).update();
        }
    }

    @Test
    void theAdministratorChoosesWhichProgramAttributesACampaignShows() throws Exception {
        long song = campaign("SONG_MAY_TINH");
        try {
            mvc.perform(post("/admin/campaigns/{id}/attributes", song).with(as("admin")).with(csrf())
                            .param("asksFrontline", "true").param("asksCovidDeclaration", "true"))
                    .andExpect(redirectedUrl("/admin/campaigns"));
            assertThat(lastAudit()).contains("CAMPAIGN_ATTRIBUTES_SET SONG_MAY_TINH",
                    "frontline=false, covidDeclaration=false → frontline=true, covidDeclaration=true");
            Dossier d = fixtures.aDraft("vanthu.viettel", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Hỏi thêm " + stamp);
            mvc.perform(get("/dossiers/{id}/edit/criteria", d.getId()).with(as("vanthu.viettel")))
                    .andExpect(content().string(containsString("name=\"noBreach\"")));
            mvc.perform(get("/dossiers/{id}/edit/nominee", d.getId()).with(as("vanthu.viettel")))
                    .andExpect(content().string(containsString("Thuộc lực lượng tuyến đầu chống dịch")));
            mvc.perform(post("/admin/campaigns/{id}/attributes", song).with(as("vanthu.viettel")).with(csrf())
                            .param("asksFrontline", "false"))
                    .andExpect(status().isForbidden());
        } finally {
            mvc.perform(post("/admin/campaigns/{id}/attributes", song).with(as("admin")).with(csrf()))
                    .andExpect(redirectedUrl("/admin/campaigns"));
        }
        assertThat(jdbc.sql("select asks_frontline or asks_covid_declaration from campaign where id = ?").param(song)
                .query(Boolean.class).single()).isFalse();
    }

    /** The page's main content, without the layout around it. */
    private String main(String path, String username) throws Exception {
        String html = mvc.perform(get(path).with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    private List<String> texts(Dossier d) {
        return d.getCriteria().stream().map(DossierCriterion::getText).toList();
    }

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    private vn.gov.sonla.awards.account.Actor actor() {
        return fixtures.actor("vanthu.viettel");
    }

    private long campaign(String code) {
        return jdbc.sql("select id from campaign where code = ?").param(code).query(Long.class).single();
    }

    private long awardForm(String code) {
        return jdbc.sql("select id from award_form where code = ?").param(code).query(Long.class).single();
    }

    private String lastAudit() {
        return jdbc.sql("select action || ' ' || target || ' ' || coalesce(details, '') from admin_audit order by id desc limit 1")
                .query(String.class).single();
    }
}
