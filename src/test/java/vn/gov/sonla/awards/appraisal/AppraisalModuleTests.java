package vn.gov.sonla.awards.appraisal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.DossierStepTaken;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.ModuleFixtures;
import vn.gov.sonla.awards.support.ModuleTestSetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The appraisal module bootstrapped with only what it needs: Home Affairs' opinion on each dossier of a submission
 * is kept here (the dossier's stage moved by the dossier module's own step), replaced by a later one, dropped when
 * the dossier goes back to its department, and frozen with the dossier when the submission is forwarded.
 * <p>
 * {@link BootstrapMode#ALL_DEPENDENCIES}: appraisal's direct dependencies — {@code dossier} ({@code Dossiers},
 * {@code HomeAffairsSteps}) and {@code review} ({@code Submissions}) — cannot start without their own: with
 * {@code DIRECT_DEPENDENCIES} Hibernate refuses the dossier's mapping ("{@code Dossier.awardForm} targets the type
 * {@code AwardForm} which does not belong to the same persistence unit"), since {@code campaign} and
 * {@code organisation} are not appraisal's dependencies; and {@code Submissions} numbers the forwarded submission
 * through {@code numbering}. The transitive closure adds exactly those, so the context holds appraisal and what it
 * stands on — no decision, notification, report or audit module. A standalone context with mocked
 * {@code Dossiers}/{@code HomeAffairsSteps} would not do: an opinion is a row that references its dossier, which must
 * exist and have reached Home Affairs through the real steps.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestSetup
class AppraisalModuleTests {

    static final String CAMPAIGN = "COVID19";
    static final String AWARD = "CHAIRMAN_CERTIFICATE";

    final Appraisals appraisals;
    final Submissions submissions;
    final Dossiers dossiers;
    final ModuleFixtures fixtures;

    final Actor clerk;
    final Actor health;
    final Actor homeAffairs;

    AppraisalModuleTests(Appraisals appraisals, Submissions submissions, Dossiers dossiers, ModuleFixtures fixtures) {
        this.appraisals = appraisals;
        this.submissions = submissions;
        this.dossiers = dossiers;
        this.fixtures = fixtures;
        this.clerk = fixtures.actor(Role.CLERK, "BVDK");
        this.health = fixtures.actor(Role.DEPARTMENT, "SYT");
        this.homeAffairs = fixtures.actor(Role.APPRAISER, "SNV");
    }

    @Test
    void homeAffairsOpinionIsKeptHereAndALaterOneReplacesIt(AssertablePublishedEvents events) {
        long endorsed = accepted("Bạc Cầm Ly");
        long notEndorsed = accepted("Khà Thị Mây");
        submissions.compileAndSend(List.of(endorsed, notEndorsed), health);
        assertThat(appraisals.opinionOf(endorsed)).isEmpty();

        appraisals.appraise(endorsed, version(endorsed), true, "  Đủ điều kiện, tiêu chuẩn. ", homeAffairs);
        appraisals.appraise(notEndorsed, version(notEndorsed), false, "Chưa đủ minh chứng " + fixtures.tag, homeAffairs);

        assertThat(appraisals.opinionOf(endorsed)).contains(new Opinion(true, "Đủ điều kiện, tiêu chuẩn."));
        assertThat(appraisals.opinionOf(notEndorsed)).contains(new Opinion(false, "Chưa đủ minh chứng " + fixtures.tag));
        assertThat(appraisals.opinionsOf(List.of(endorsed, notEndorsed, accepted("Lý A Sử"))))
                .containsOnlyKeys(endorsed, notEndorsed);
        assertThat(dossiers.get(notEndorsed, homeAffairs).getStatus()).isEqualTo(DossierStatus.APPRAISED);
        assertThat(events).contains(DossierStepTaken.class).matching(step -> step.dossierId() == notEndorsed
                && step.action() == DossierAction.APPRAISE && step.to() == DossierStatus.APPRAISED
                && ("Chưa đủ minh chứng " + fixtures.tag).equals(step.note()));

        // not endorsing without a remark is refused, and the opinion that stands is untouched
        assertThatThrownBy(() -> appraisals.appraise(notEndorsed, version(notEndorsed), false, " ", homeAffairs))
                .isInstanceOf(ConflictException.class);
        assertThat(appraisals.opinionOf(notEndorsed)).contains(new Opinion(false, "Chưa đủ minh chứng " + fixtures.tag));

        // appraised again, the new opinion replaces the earlier one
        appraisals.appraise(notEndorsed, version(notEndorsed), true, null, homeAffairs);
        assertThat(appraisals.opinionOf(notEndorsed)).contains(new Opinion(true, null));
    }

    @Test
    void aDossierSentBackLosesItsOpinionAndTheRestIsForwardedWithTheirs() {
        long kept = accepted("Chảo Láo Lở");
        long returned = accepted("Mùa A Dính");
        SubmissionView sent = submissions.compileAndSend(List.of(kept, returned), health);
        appraisals.appraise(kept, version(kept), true, "Đủ điều kiện, tiêu chuẩn.", homeAffairs);
        appraisals.appraise(returned, version(returned), true, null, homeAffairs);

        appraisals.returnToDepartment(returned, version(returned), "Đề nghị bổ sung xác nhận của địa phương", homeAffairs);
        assertThat(appraisals.opinionOf(returned)).as("its opinion no longer stands").isEmpty();
        Dossier back = dossiers.get(returned, health);
        assertThat(back.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(back.getSubmissionId()).isNull();
        assertThat(appraisals.opinionOf(kept)).contains(new Opinion(true, "Đủ điều kiện, tiêu chuẩn."));

        appraisals.forward(sent.id(), homeAffairs);
        SubmissionView forwarded = submissions.get(sent.id(), homeAffairs);
        assertThat(forwarded.status()).isEqualTo(SubmissionStatus.AT_CHAIRMAN);
        assertThat(forwarded.appraisalReportNumber()).matches("\\d+/TTr-SNV");
        assertThat(dossiers.inSubmission(homeAffairs, sent.id())).extracting(DossierView::id).containsExactly(kept);
        assertThat(dossiers.get(kept, homeAffairs).getStatus()).isEqualTo(DossierStatus.AT_CHAIRMAN);
        // the copy frozen at the hand-over holds the opinion, read from this module by the dossier module
        assertThat(dossiers.snapshots(kept, homeAffairs)).last().satisfies(snapshot -> {
            assertThat(snapshot.action()).isEqualTo(DossierAction.FORWARD_TO_CHAIRMAN);
            assertThat(snapshot.content()).containsEntry("appraisalEndorsed", "true")
                    .containsEntry("appraisalRemark", "Đủ điều kiện, tiêu chuẩn.");
        });
    }

    private long accepted(String name) {
        return fixtures.anAcceptedDossier(clerk, health, CAMPAIGN, AWARD, fixtures.individual(name)).getId();
    }

    private long version(long id) {
        return fixtures.version(id, homeAffairs);
    }
}
