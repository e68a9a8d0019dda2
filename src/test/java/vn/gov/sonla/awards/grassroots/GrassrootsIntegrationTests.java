package vn.gov.sonla.awards.grassroots;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.gov.sonla.awards.campaign.CampaignRepository;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A unit records its head's certificates of commendation; other units never see them. */
@IntegrationTest
@AutoConfigureMockMvc
class GrassrootsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired GrassrootsRecords records;
    @Autowired CampaignRepository campaigns;
    @Autowired Clock clock;

    @Test
    void aClerkRecordsADecisionWithItsAwardeesAndOnlyTheUnitSeesIt() throws Exception {
        String number = "15/QĐ-BV-" + System.nanoTime() % 100000;
        String location = mvc.perform(post("/grassroots").with(user(fixtures.user("vanthu.bvdk"))).with(csrf())
                        .param("campaignId", covid()).param("number", number).param("decidedOn", "2021-10-20")
                        .param("signer", "Nguyễn Văn Hùng")
                        .param("individuals", "Lê Thị Hoa; Điều dưỡng khoa Nhi\n\nVũ Văn Bình; Lái xe cấp cứu")
                        .param("collectives", "Tổ phản ứng nhanh"))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/grassroots/".length()));

        GrassrootsDecision decision = records.get(id, fixtures.user("vanthu.bvdk").actor());
        assertThat(decision.getAwardees()).extracting(a -> a.getType() + ":" + a.getName() + ":" + a.getTitle())
                .containsExactly("INDIVIDUAL:Lê Thị Hoa:Điều dưỡng khoa Nhi", "INDIVIDUAL:Vũ Văn Bình:Lái xe cấp cứu",
                        "COLLECTIVE:Tổ phản ứng nhanh:null");
        mvc.perform(get("/grassroots").with(user(fixtures.user("vanthu.bvdk"))))
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/grassroots").with(user(fixtures.user("vanthu.maison"))))
                .andExpect(content().string(not(containsString(number))));
        mvc.perform(get("/grassroots/{id}", id).with(user(fixtures.user("vanthu.maison")))).andExpect(status().isNotFound());
        mvc.perform(get("/grassroots").with(user(fixtures.user("syt")))).andExpect(status().isForbidden());
    }

    @Test
    void anIncompleteOrRepeatedDecisionComesBackWithReasonsAndWhatWasTyped() throws Exception {
        mvc.perform(post("/grassroots").with(user(fixtures.user("vanthu.maison"))).with(csrf())
                        .param("campaignId", covid()).param("number", "").param("decidedOn", LocalDate.now().plusDays(3).toString())
                        .param("signer", "Cầm Văn Ơn").param("individuals", "").param("collectives", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập số quyết định.")))
                .andExpect(content().string(containsString("Ngày phải trong khoảng từ 16/09/2021 đến ")))
                .andExpect(content().string(containsString("Nhập ít nhất một cá nhân hoặc tập thể được khen.")))
                .andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .as("the signer typed is kept").contains("value=\"Cầm Văn Ơn\""));

        String number = "7/QĐ-UBND-" + System.nanoTime() % 100000;
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/grassroots").with(user(fixtures.user("vanthu.maison"))).with(csrf())
                    .param("campaignId", covid()).param("number", number).param("decidedOn", "2021-11-01")
                    .param("signer", "Cầm Văn Ơn").param("individuals", "Lò Văn Ba; Trưởng bản"));
        }
        assertThat(records.ofUnit(fixtures.user("vanthu.maison").actor())).filteredOn(g -> g.getNumber().equals(number)).hasSize(1);
    }

    @Test
    void aDecisionDatedBeforeTheCampaignOrAfterTodayIsRefusedNextToTheDateWithWhatWasTyped() throws Exception {
        String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        for (String typed : List.of("1999-01-01", "2021-09-15", LocalDate.now(clock).plusDays(1).toString(), "2999-12-31")) {
            String number = "9/QĐ-UBND-" + System.nanoTime() % 100000;
            String page = HtmlUtils.htmlUnescape(mvc.perform(post("/grassroots").with(user(fixtures.user("vanthu.maison"))).with(csrf())
                            .param("campaignId", covid()).param("number", number).param("decidedOn", typed)
                            .param("signer", "Cầm Văn Ơn").param("individuals", "Lò Văn Ba; Trưởng bản"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page).as(typed)
                    .contains("<p class=\"error-message\" id=\"decidedOn-error\">Ngày phải trong khoảng từ 16/09/2021 đến "
                            + today + ".</p>")
                    .contains("value=\"" + typed + "\"", "value=\"" + number + "\"", "Lò Văn Ba; Trưởng bản");
            assertThat(records.ofUnit(fixtures.actor("vanthu.maison"))).filteredOn(g -> g.getNumber().equals(number)).isEmpty();
        }
    }

    private String covid() {
        return campaigns.findByCode("COVID19").orElseThrow().getId().toString();
    }
}
