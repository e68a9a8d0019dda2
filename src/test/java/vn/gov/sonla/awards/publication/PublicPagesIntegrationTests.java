package vn.gov.sonla.awards.publication;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.decision.Decisions;
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
 * The public pages show what was published and nothing more: a decision appears on the honour roll only after the
 * chairman's office signs off, the roll and the verification page never show a birth year, position or achievement,
 * and a certificate code is either genuine or plainly unknown.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DecidedChains chains;
    @Autowired Decisions decisions;
    @Autowired JdbcClient jdbc;

    DecidedChain published;
    DecidedChain unpublished;

    @BeforeAll
    void decideTwoSubmissionsAndPublishOne() throws Exception {
        published = chain().decided();
        unpublished = chain().decided();
        String signOff = page("/decisions/issued/" + published.decision.id(), DecidedChain.OFFICE);
        assertThat(signOff).contains("publish-preview", published.firstIndividual, published.collective, "publish-form");
        assertThat(signOff).as("the preview shows only public columns")
                .doesNotContain("1978", "Điều dưỡng trưởng khoa Truyền nhiễm", "600 người bệnh");

        mvc.perform(post("/decisions/issued/{id}/publish", published.decision.id())
                        .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf()))
                .andReturn();
    }

    @Test
    void aPublishedDecisionIsOnTheRollWithoutSignInAndAnUnpublishedOneIsNot() throws Exception {
        String roll = publicPage("/public/honour-roll");
        assertThat(roll).contains(published.decision.number(), published.firstIndividual, published.secondIndividual,
                published.collective, "Bệnh viện Đa khoa tỉnh Sơn La", "Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(roll).as("an unpublished decision stays off the roll")
                .doesNotContain(unpublished.firstIndividual, unpublished.collective, ">" + unpublished.decision.number() + " ");
        assertThat(publicPage("/public/honour-roll?q=" + unpublished.tag)).doesNotContain(unpublished.firstIndividual);
        assertThat(roll).as("a declined dossier of a published decision is not an award").doesNotContain(published.notEndorsed);
    }

    @Test
    void theRollIsSearchableWithoutDiacritics() throws Exception {
        String found = publicPage("/public/honour-roll?q=luong thi huong " + published.tag.toLowerCase());
        assertThat(found).contains(published.firstIndividual).doesNotContain(published.secondIndividual);
        assertThat(publicPage("/public/honour-roll?q=DINH CONG THUONG " + published.tag)).contains(published.secondIndividual);
        assertThat(publicPage("/public/honour-roll?q=hoi suc tich cuc - chong doc " + published.tag)).contains(published.collective);
        assertThat(publicPage("/public/honour-roll?q=%25_" + published.tag)).as("LIKE wildcards are literal")
                .doesNotContain(published.firstIndividual);
        assertThat(publicPage("/public/honour-roll?page=5000")).contains("Danh sách tập thể, cá nhân được khen thưởng");
    }

    @Test
    void thePublicPagesNeverShowPersonalDetails() throws Exception {
        String roll = publicPage("/public/honour-roll?q=" + published.tag);
        String verification = publicPage("/verify/" + code(published, published.firstIndividual), 200);
        for (String page : new String[] {roll, verification}) {
            assertThat(page).contains(published.firstIndividual)
                    .doesNotContain("1978", "Điều dưỡng trưởng khoa Truyền nhiễm", "Trực tiếp chăm sóc hơn 600 người bệnh",
                            "Nữ", "FEMALE", published.submission.number());
        }
    }

    @Test
    void aGenuineCodeShowsTheCertificateAndAForgedOneIsUnknown() throws Exception {
        String genuine = publicPage("/verify/" + code(published, published.secondIndividual), 200);
        assertThat(genuine).contains("Bằng khen này là thật", published.secondIndividual, "Bệnh viện Đa khoa tỉnh Sơn La",
                "Bằng khen của Chủ tịch UBND tỉnh", published.decision.number(), "03/12/2021");

        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        for (String code : new String[] {forged, "abc", "' or 1=1 --", code(published, published.secondIndividual) + "x"}) {
            String unknown = publicPage("/verify/" + code, 404);
            assertThat(unknown).contains("Không tìm thấy bằng khen nào có mã này").doesNotContain(published.secondIndividual);
        }
    }

    @Test
    void publishingIsTheOfficesOnceOnlyStep() throws Exception {
        assertThat(jdbc.sql("select published_by from decision_publication where decision_id = ?")
                .param(published.decision.id()).query(String.class).single()).isEqualTo(DecidedChain.OFFICE);

        var again = mvc.perform(post("/decisions/issued/{id}/publish", published.decision.id())
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("failure")).isEqualTo("error.decision.alreadyPublished");

        for (String other : new String[] {DecidedChain.HOME_AFFAIRS, DecidedChain.HEALTH, DecidedChain.CLERK}) {
            assertThat(mvc.perform(post("/decisions/issued/{id}/publish", unpublished.decision.id())
                    .with(user(fixtures.user(other))).with(csrf())).andReturn().getResponse().getStatus())
                    .as("publish as %s", other).isEqualTo(403);
        }
        assertThat(mvc.perform(post("/decisions/issued/{id}/publish", unpublished.decision.id())
                .with(user(fixtures.user(DecidedChain.OFFICE)))).andReturn().getResponse().getStatus())
                .as("without CSRF token").isEqualTo(403);
        assertThat(mvc.perform(post("/decisions/issued/{id}/publish", 999_999_999L)
                .with(user(fixtures.user(DecidedChain.OFFICE))).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from decision_publication where decision_id = ?")
                .param(unpublished.decision.id()).query(Long.class).single()).isZero();
    }

    // ------------------------------------------------------------------------------------------------

    DecidedChain chain() {
        return chains.start();
    }

    String code(DecidedChain chain, String nominee) {
        return jdbc.sql("select code from certificate where dossier_id = ?").param(chain.dossier(nominee).getId())
                .query(String.class).single();
    }

    String page(String path, String username) throws Exception {
        var response = mvc.perform(get(path).with(user(fixtures.user(username)))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
        return response.getContentAsString();
    }

    String publicPage(String path) throws Exception {
        return publicPage(path, 200);
    }

    /** As an anonymous visitor: no redirect to the login page. */
    String publicPage(String path, int expectedStatus) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s without sign-in", path).isEqualTo(expectedStatus);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
