package vn.gov.sonla.awards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.DossierStepTaken;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.support.StatementCounter;

/**
 * A home page's figures are computed once and shown again while nothing changed, and a step committed on this
 * instance shows in them at once.
 */
@IntegrationTest
@AutoConfigureMockMvc
class HomeFiguresCacheIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired RecentHomeFigures recent;

    @Test
    void aHomePageOpenedAgainReadsNeitherTheTalliesNorTheDecisions() throws Exception {
        CurrentUser health = fixtures.user("syt");
        String first = home(health);
        StatementCounter.reset();
        String again = home(health);
        // the overdue dossiers (the tally of waiting dossiers), the awards decided this month, the dossiers waiting
        // for the department and its counts by stage (the tally of dossiers)
        assertThat(StatementCounter.statements())
                .noneMatch(sql -> sql.contains("report_waiting") || sql.contains("award_decision")
                        || sql.contains("report_dossier_count"));
        assertThat(countsByStage(again)).isNotEmpty().isEqualTo(countsByStage(first));
        for (String figure : new String[] {"figure-queue", "figure-overdue", "figure-decided"}) {
            assertThat(figure(again, figure)).as(figure).isEqualTo(figure(first, figure));
        }
    }

    @Test
    void aDossierSentOnThisInstanceIsCountedAtOnce() throws Exception {
        CurrentUser health = fixtures.user("syt");
        long waiting = Long.parseLong(figure(home(health), "figure-queue"));
        fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Đếm Ngay");
        assertThat(Long.parseLong(figure(home(health), "figure-queue"))).isEqualTo(waiting + 1);
    }

    @Test
    void aFigureComputedBeforeAStepWasCommittedIsNotAskedForAfterIt() {
        var actor = fixtures.user("syt").actor();
        LocalDate today = LocalDate.of(2026, 12, 7);
        RecentHomeFigures.Key before = recent.keyOf(actor, today);
        recent.stepTaken(step(DossierAction.VIEW));
        assertThat(recent.keyOf(actor, today)).as("looking at a dossier changes no figure").isEqualTo(before);
        recent.stepTaken(step(DossierAction.ACCEPT));
        assertThat(recent.keyOf(actor, today)).isNotEqualTo(before);
        assertThat(recent.keyOf(actor, today.plusDays(1))).as("a new day, new overdue dossiers")
                .isNotEqualTo(recent.keyOf(actor, today));
    }

    private static DossierStepTaken step(DossierAction action) {
        return new DossierStepTaken(1, 1, 1, "Nguyễn Văn A", action, DossierStatus.SUBMITTED,
                action == DossierAction.VIEW ? DossierStatus.SUBMITTED : DossierStatus.ACCEPTED, "syt", null, null, null,
                Instant.now(), null);
    }

    private String home(CurrentUser who) throws Exception {
        return mvc.perform(get("/").with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static java.util.List<String> countsByStage(String html) {
        return Pattern.compile("id=\"count-[A-Z_]+\"[^>]*><strong>\\d+").matcher(html).results()
                .map(java.util.regex.MatchResult::group).toList();
    }

    private static String figure(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1).trim();
    }
}
