package vn.gov.sonla.awards.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.AtOnce;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A submission forwarded several times at once reaches the chairman once, with one numbered appraisal report. */
@IntegrationTest
@AutoConfigureMockMvc
class ForwardOnceIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aSubmissionForwardedFourTimesAtOnceIsForwardedOnce() throws Exception {
        Dossier first = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lò Thị Trình " + System.nanoTime());
        Dossier second = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Cà Văn Trình " + System.nanoTime());
        SubmissionView sent = fixtures.sent("syt", first, second);
        for (Dossier d : List.of(first, second)) {
            appraisals.appraise(d.getId(), fixtures.reload(d, "snv").getVersion(), true, null, fixtures.actor("snv"));
        }
        int year = LocalDate.now(clock).getYear();
        int before = fixtures.lastNumber("TTr-SNV", year);

        List<MvcResult> answers = AtOnce.results(mvc, 4, () -> post("/appraisal/submissions/{id}/forward", sent.id())
                .with(user(fixtures.user("snv"))).with(csrf()));

        assertThat(fixtures.lastNumber("TTr-SNV", year)).as("one appraisal report number taken").isEqualTo(before + 1);
        String report = (before + 1) + "/TTr-SNV";
        assertThat(submissions.get(sent.id(), fixtures.actor("snv")).appraisalReportNumber()).isEqualTo(report);
        assertThat(answers).extracting(answer -> answer.getResponse().getStatus()).containsOnly(302);
        assertThat(answers).extracting(AtOnce::notice)
                .containsOnlyOnce("notice.submission.forwarded")
                .containsOnly("notice.submission.forwarded", "notice.submission.alreadyForwarded");
        assertThat(answers).filteredOn(answer -> "notice.submission.alreadyForwarded".equals(AtOnce.notice(answer)))
                .allSatisfy(answer -> assertThat(answer.getFlashMap().get("noticeArg")).isEqualTo(report));
        assertThat(fixtures.events(first.getId(), "FORWARD_TO_CHAIRMAN")).isEqualTo(1);
        assertThat(fixtures.events(second.getId(), "FORWARD_TO_CHAIRMAN")).isEqualTo(1);
    }
}
