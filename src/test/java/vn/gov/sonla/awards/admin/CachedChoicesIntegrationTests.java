package vn.gov.sonla.awards.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.sonla.awards.common.ReferenceCache;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

/**
 * The choice lists busy pages reuse (common.ReferenceCache) follow an administrator's change as soon as it is
 * committed: a closed campaign leaves the clerk's campaign filter on the next view, a reopened one comes back. Not
 * before: until the change commits, others still see the lists of before, and a change rolled back leaves them.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CachedChoicesIntegrationTests {

    @Autowired Administration administration;
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ReferenceCache cache;
    @Autowired TransactionTemplate tx;

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

    @Test
    void untilAChangeCommitsTheChoicesAreThoseOfBefore() throws Exception {
        long campaign = jdbc.sql("select id from campaign where code = 'SONG_MAY_TINH'").query(Long.class).single();
        String option = "<option value=\"" + campaign + "\"";
        assertThat(campaignChoices()).contains(option);

        try {
            tx.executeWithoutResult(change -> {
                administration.closeCampaign(campaign, fixtures.user("admin").actor());
                // this very transaction sees the campaign closed; the cached choices are still those of before
                assertThat(campaignChoicesWithin()).contains(option);
            });
            assertThat(campaignChoices()).doesNotContain(option);
        } finally {
            administration.reopenCampaign(campaign, fixtures.user("admin").actor());
        }
    }

    @Test
    void aCommittedChangeEmptiesTheCacheAndARolledBackOneDoesNot() {
        long campaign = jdbc.sql("select id from campaign where code = 'SONG_MAY_TINH'").query(Long.class).single();
        AtomicInteger reads = new AtomicInteger();
        Supplier<List<Integer>> source = () -> List.of(reads.incrementAndGet());
        assertThat(cache.list("test.reads", source)).containsExactly(1);

        tx.executeWithoutResult(change -> {
            administration.closeCampaign(campaign, fixtures.user("admin").actor());
            change.setRollbackOnly();
        });
        assertThat(cache.list("test.reads", source)).as("after a rollback").containsExactly(1);

        try {
            tx.executeWithoutResult(change -> {
                administration.closeCampaign(campaign, fixtures.user("admin").actor());
                assertThat(cache.list("test.reads", source)).as("before the commit").containsExactly(1);
            });
            assertThat(cache.list("test.reads", source)).as("after the commit").containsExactly(2);
        } finally {
            administration.reopenCampaign(campaign, fixtures.user("admin").actor());
        }
    }

    private String campaignChoicesWithin() {
        try {
            return campaignChoices();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String campaignChoices() throws Exception {
        String html = mvc.perform(get("/dossiers").with(user(fixtures.user("vanthu.viettel"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int start = html.indexOf("<select id=\"f-campaign\"");
        assertThat(start).as("the campaign filter").isPositive();
        return html.substring(start, html.indexOf("</select>", start));
    }
}
