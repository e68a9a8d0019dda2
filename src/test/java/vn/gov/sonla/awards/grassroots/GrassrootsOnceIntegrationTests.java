package vn.gov.sonla.awards.grassroots;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.sonla.awards.campaign.CampaignRepository;
import vn.gov.sonla.awards.support.AtOnce;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The same Giấy khen recorded several times at once (a double-click) is recorded once. */
@IntegrationTest
@AutoConfigureMockMvc
class GrassrootsOnceIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired GrassrootsRecords records;
    @Autowired CampaignRepository campaigns;

    @Test
    void aDecisionRecordedFourTimesAtOnceIsRecordedOnce() throws Exception {
        String number = "21/QĐ-UBND-" + System.nanoTime() % 1_000_000;
        String campaign = campaigns.findByCode("COVID19").orElseThrow().getId().toString();

        List<MvcResult> answers = AtOnce.results(mvc, 4, () -> post("/grassroots")
                .with(user(fixtures.user("vanthu.maison"))).with(csrf())
                .param("campaignId", campaign).param("number", number).param("decidedOn", "2021-11-05")
                .param("signer", "Cầm Văn Ơn").param("individuals", "Lò Văn Ba; Trưởng bản"));

        assertThat(answers).extracting(answer -> answer.getResponse().getStatus()).as("one recorded, never 5xx")
                .containsOnlyOnce(302).containsOnly(302, 200);
        assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 200).allSatisfy(answer ->
                assertThat(answer.getResponse().getContentAsString()).contains("Đơn vị đã ghi nhận quyết định có cùng số và ngày này."));
        assertThat(records.ofUnit(fixtures.actor("vanthu.maison"))).filteredOn(g -> g.getNumber().equals(number)).hasSize(1);
    }
}
