package vn.gov.sonla.awards.review;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A submission is a draft the department can change, numbered only when sent, gap-free under concurrency. */
@IntegrationTest
@AutoConfigureMockMvc
class DraftSubmissionIntegrationTests {

    static final Pattern NUMBER = Pattern.compile("(\\d+)/TTr-SYT");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;

    final String stamp = Long.toString(System.nanoTime() % 1_000_000);

    @Test
    void aDraftIsChangedThenSentAndOnlyThenNumberedAndSeenByHomeAffairs() throws Exception {
        CurrentUser health = fixtures.user("syt");
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Nháp Một " + stamp);
        Dossier b = fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Nháp Hai " + stamp);
        Dossier c = fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Nháp Ba " + stamp);

        SubmissionView draft = submissions.createDraft(List.of(a.getId(), b.getId()), health.actor());
        assertThat(draft.number()).isNull();
        submissions.addToDraft(draft.id(), List.of(c.getId()), health.actor());
        submissions.removeFromDraft(draft.id(), a.getId(), health.actor());
        assertThat(dossiers.inDraft(health.actor(), draft.id())).extracting(DossierView::id).containsExactlyInAnyOrder(b.getId(), c.getId());
        assertThat(dossiers.acceptedOutsideDrafts(health.actor(), vn.gov.sonla.awards.dossier.DossierFilter.none(), 1000).items()).extracting(vn.gov.sonla.awards.dossier.DossierRow::id).contains(a.getId())
                .doesNotContain(b.getId(), c.getId());

        mvc.perform(get("/appraisal/submissions/{id}", draft.id()).with(user(fixtures.user("snv"))))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> submissions.createDraft(List.of(b.getId()), health.actor())).isInstanceOf(ConflictException.class)
                .hasMessage("error.submission.inOtherDraft");

        mvc.perform(post("/review/submissions/{id}/send", draft.id()).with(user(health)).with(csrf()))
                .andExpect(status().isFound());
        SubmissionView sent = submissions.get(draft.id(), health.actor());
        assertThat(sent.number()).matches(NUMBER);
        assertThat(dossiers.get(b.getId(), health.actor()).getStatus()).isEqualTo(DossierStatus.AT_HOME_AFFAIRS);
        assertThat(dossiers.get(a.getId(), health.actor()).getStatus()).isEqualTo(DossierStatus.ACCEPTED);
        mvc.perform(get("/appraisal/submissions/{id}", draft.id()).with(user(fixtures.user("snv"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nháp Hai " + stamp)));
        assertThatThrownBy(() -> submissions.addToDraft(draft.id(), List.of(a.getId()), health.actor()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aDiscardedDraftLeavesItsDossiersAcceptedAndFree() {
        CurrentUser health = fixtures.user("syt");
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Bỏ Nháp " + stamp);
        SubmissionView draft = submissions.createDraft(List.of(a.getId()), health.actor());
        submissions.discard(draft.id(), health.actor());
        assertThat(dossiers.get(a.getId(), health.actor()).getDraftSubmissionId()).isNull();
        assertThat(dossiers.acceptedOutsideDrafts(health.actor(), vn.gov.sonla.awards.dossier.DossierFilter.none(), 1000).items()).extracting(vn.gov.sonla.awards.dossier.DossierRow::id).contains(a.getId());
    }

    @Test
    void twoDraftsSentAtTheSameMomentGetConsecutiveNumbers() throws Exception {
        CurrentUser health = fixtures.user("syt");
        SubmissionView first = submissions.createDraft(List.of(
                fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Đồng Thời Một " + stamp).getId()), health.actor());
        SubmissionView second = submissions.createDraft(List.of(
                fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Đồng Thời Hai " + stamp).getId()), health.actor());

        CompletableFuture<SubmissionView> one = CompletableFuture.supplyAsync(() -> submissions.send(first.id(), health.actor()));
        CompletableFuture<SubmissionView> two = CompletableFuture.supplyAsync(() -> submissions.send(second.id(), health.actor()));
        int a = seq(one.get(60, TimeUnit.SECONDS).number());
        int b = seq(two.get(60, TimeUnit.SECONDS).number());
        assertThat(Math.abs(a - b)).isEqualTo(1);
    }

    @Test
    void theSameDraftSentTwiceAtOnceIsSentOnce() throws Exception {
        CurrentUser health = fixtures.user("syt");
        SubmissionView draft = submissions.createDraft(List.of(
                fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Gửi Hai Lần " + stamp).getId()), health.actor());
        CompletableFuture<Object> one = CompletableFuture.supplyAsync(() -> (Object) submissions.send(draft.id(), health.actor()))
                .exceptionally(e -> e);
        CompletableFuture<Object> two = CompletableFuture.supplyAsync(() -> (Object) submissions.send(draft.id(), health.actor()))
                .exceptionally(e -> e);
        List<Object> outcomes = List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));
        assertThat(outcomes).filteredOn(o -> o instanceof SubmissionView).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof Throwable).hasSize(1);
    }

    private static int seq(String number) {
        Matcher m = NUMBER.matcher(number);
        assertThat(m.matches()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
