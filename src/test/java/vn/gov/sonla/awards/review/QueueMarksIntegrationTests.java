package vn.gov.sonla.awards.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.UnitSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The department's queue marks a dossier its unit sent again after a return, with a link to what it changed. */
@IntegrationTest
@AutoConfigureMockMvc
class QueueMarksIntegrationTests {

    static final Pattern MARK = Pattern.compile("id=\"resubmitted-(\\d+)\"\\s+href=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired UnitSteps unitSteps;

    final String stamp = "Zz" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @Test
    void aResubmittedDossierIsMarkedAndLinksToTheComparisonOfWhatTheUnitChanged() throws Exception {
        CurrentUser clerk = fixtures.user("vanthu.bvdk");
        CurrentUser health = fixtures.user("syt");
        Dossier fresh = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lần Đầu " + stamp);
        Dossier again = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Gửi Lại " + stamp);
        long id = again.getId();
        departmentSteps.returnForSupplementation(id, fixtures.reload(again, "syt").getVersion(), "Bổ sung số liệu", health.actor());
        unitSteps.describeAchievements(id, fixtures.reload(again, "vanthu.bvdk").getVersion(),
                "Thành tích đã bổ sung số liệu tiêm chủng", clerk.actor());
        unitSteps.submit(id, fixtures.reload(again, "vanthu.bvdk").getVersion(), null, clerk.actor());

        String queue = mvc.perform(get("/review").param("q", stamp).with(user(health)))
                .andExpect(content().string(not(containsString("id=\"resubmitted-" + fresh.getId() + "\""))))
                .andReturn().getResponse().getContentAsString();
        Matcher mark = MARK.matcher(queue);
        assertThat(mark.find()).as("the resubmitted dossier is marked").isTrue();
        assertThat(mark.group(1)).isEqualTo(String.valueOf(id));
        assertThat(queue).contains("Đã bổ sung");
        String link = mark.group(2).replace("&amp;", "&");
        assertThat(link).startsWith("/dossiers/" + id + "?compareFrom=").contains("compareTo=").endsWith("#snapshots");

        mvc.perform(get(link.substring(0, link.indexOf('#'))).with(user(health)))
                .andExpect(content().string(containsString("data-field=\"achievementSummary\"")))
                .andExpect(content().string(containsString("Thành tích đã bổ sung số liệu tiêm chủng")));
    }
}
