package vn.gov.sonla.awards.review;

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
import vn.gov.sonla.awards.support.AtOnce;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A draft sent several times at once (a double-click) is sent once, under one number. */
@IntegrationTest
@AutoConfigureMockMvc
class SendOnceIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Submissions submissions;
    @Autowired SubmissionSigning signing;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aDraftSignedFourTimesAtOnceIsSignedOnceUnderOneNumber() throws Exception {
        Dossier first = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lò Thị Gửi " + System.nanoTime());
        Dossier second = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Cà Văn Gửi " + System.nanoTime());
        SubmissionView draft = submissions.createDraft(List.of(first.getId(), second.getId()), fixtures.actor("syt"));
        int revision = signing.present(draft.id(), fixtures.actor("syt")).signOff().revision();
        int year = LocalDate.now(clock).getYear();
        int before = fixtures.lastNumber("TTr-SYT", year);

        List<MvcResult> answers = AtOnce.results(mvc, 4, () -> post("/signing/submissions/{id}/sign", draft.id())
                .param("revision", "" + revision).with(user(fixtures.user("gd.syt"))).with(csrf()));

        assertThat(fixtures.lastNumber("TTr-SYT", year)).as("one number taken").isEqualTo(before + 1);
        SubmissionView sent = submissions.get(draft.id(), fixtures.actor("syt"));
        assertThat(sent.number()).isEqualTo((before + 1) + "/TTr-SYT");
        assertThat(answers).as("every answer shows the submission, sent under its one number")
                .allSatisfy(answer -> {
                    assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/signing");
                    assertThat(answer.getFlashMap().get("noticeArg")).isEqualTo(sent.number());
                });
        assertThat(answers).extracting(AtOnce::notice)
                .containsOnlyOnce("notice.signing.signed")
                .containsOnly("notice.signing.signed", "notice.submission.alreadySent");
        assertThat(fixtures.events(first.getId(), "SEND_TO_HOME_AFFAIRS")).isEqualTo(1);
        assertThat(fixtures.events(second.getId(), "SEND_TO_HOME_AFFAIRS")).isEqualTo(1);
    }
}
