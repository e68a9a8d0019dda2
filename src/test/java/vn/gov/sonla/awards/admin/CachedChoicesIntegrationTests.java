package vn.gov.sonla.awards.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

/**
 * The choice lists busy pages reuse (common.ReferenceCache) follow an administrator's change as soon as it is
 * committed: a closed campaign leaves the clerk's campaign filter on the next view, a reopened one comes back.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CachedChoicesIntegrationTests {

    @Autowired Administration administration;
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aClosedCampaignLeavesTheCachedChoicesAtOnceAndComesBackWhenReopened() throws Exception {
        long campaign = jdbc.sql("select id from campaign where code = 'SONG_MAY_TINH'").query(Long.class).single();
        String option = "<option value=\"" + campaign + "\"";
        assertThat(campaignChoices()).contains(option);
        assertThat(campaignChoices()).contains(option); // now from the cache

        administration.closeCampaign(campaign, fixtures.user("admin").actor());
        try {
            assertThat(campaignChoices()).doesNotContain(option);
        } finally {
            administration.reopenCampaign(campaign, fixtures.user("admin").actor());
        }
        assertThat(campaignChoices()).contains(option);
    }

    private String campaignChoices() throws Exception {
        String html = mvc.perform(get("/dossiers").with(user(fixtures.user("vanthu.viettel"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int start = html.indexOf("<select id=\"f-campaign\"");
        assertThat(start).as("the campaign filter").isPositive();
        return html.substring(start, html.indexOf("</select>", start));
    }
}
