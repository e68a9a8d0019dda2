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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
    @Autowired SubmissionSigning signing;

    final String stamp = Long.toString(System.nanoTime() % 1_000_000);

    @Test
    void aDraftIsChangedThenPresentedAndOnlyNumberedAndSeenByHomeAffairsOnceALeaderSigns() throws Exception {
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

        mvc.perform(post("/review/submissions/{id}/present", draft.id()).with(user(health)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(submissions.get(draft.id(), health.actor()).number()).as("no number before the signature").isNull();
        mvc.perform(get("/appraisal/submissions/{id}", draft.id()).with(user(fixtures.user("snv"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/signing/submissions/{id}/sign", draft.id()).param("revision", "1")
                        .with(user(fixtures.user("gd.syt"))).with(csrf()))
                .andExpect(redirectedUrl("/signing"));
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

        int firstRevision = signing.present(first.id(), health.actor()).signOff().revision();
        int secondRevision = signing.present(second.id(), health.actor()).signOff().revision();
        CompletableFuture<SubmissionView> one = CompletableFuture.supplyAsync(() -> signing.sign(first.id(), firstRevision, fixtures.actor("gd.syt")));
        CompletableFuture<SubmissionView> two = CompletableFuture.supplyAsync(() -> signing.sign(second.id(), secondRevision, fixtures.actor("pgd.syt")));
        int a = seq(one.get(60, TimeUnit.SECONDS).number());
        int b = seq(two.get(60, TimeUnit.SECONDS).number());
        assertThat(Math.abs(a - b)).isEqualTo(1);
    }

    @Test
    void twoLeadersSigningTheSameDraftAtOnceGiveOneSignatureAndOneNumber() throws Exception {
        CurrentUser health = fixtures.user("syt");
        SubmissionView draft = submissions.createDraft(List.of(
                fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Gửi Hai Lần " + stamp).getId()), health.actor());
        int revision = signing.present(draft.id(), health.actor()).signOff().revision();
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        int before = fixtures.lastNumber("TTr-SYT", year);
        CompletableFuture<Object> one = CompletableFuture.supplyAsync(() -> (Object) signing.sign(draft.id(), revision, fixtures.actor("gd.syt")))
                .exceptionally(e -> e);
        CompletableFuture<Object> two = CompletableFuture.supplyAsync(() -> (Object) signing.sign(draft.id(), revision, fixtures.actor("pgd.syt")))
                .exceptionally(e -> e);
        List<Object> outcomes = List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));
        assertThat(outcomes).filteredOn(o -> o instanceof SubmissionView).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof Throwable).hasSize(1)
                .allSatisfy(e -> assertThat(((Throwable) e).getCause()).isInstanceOf(vn.gov.sonla.awards.common.AlreadyDoneException.class));
        assertThat(fixtures.lastNumber("TTr-SYT", year)).as("one number taken").isEqualTo(before + 1);
        assertThat(submissions.get(draft.id(), health.actor()).signOff().signedBy()).isNotNull();
    }

    private static int seq(String number) {
        Matcher m = NUMBER.matcher(number);
        assertThat(m.matches()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
