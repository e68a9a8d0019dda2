package vn.gov.sonla.awards.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.DossierStepTaken;
import vn.gov.sonla.awards.dossier.DossierView;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.support.ModuleFixtures;
import vn.gov.sonla.awards.support.ModuleTestSetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The review module bootstrapped with only what it declares it needs: a compiling department puts its accepted
 * dossiers in a draft and sends them to Home Affairs in one numbered submission, the number of its series taken
 * once; a draft is the department's own until it is sent.
 * <p>
 * {@link BootstrapMode#DIRECT_DEPENDENCIES}: {@link Submissions} moves the dossiers by the dossier module's
 * {@code DepartmentSteps} and reads them through {@code Dossiers}, takes the number from
 * {@code numbering.DocumentNumbers} in its own transaction, and keeps the department as the organisation module's
 * {@code Unit}; the point of the test is that the number, the submission and the dossiers' steps commit or roll back
 * together in PostgreSQL, which mocks would not show. The dossier module's own needs ({@code campaign},
 * {@code organisation}) are direct dependencies of review too, so this is the smallest context that starts; the
 * {@code document} module (the submission's PDF) comes along. No appraisal, decision or notification module is there.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestSetup
class ReviewModuleTests {

    static final String CAMPAIGN = "COVID19";
    static final String AWARD = "CHAIRMAN_CERTIFICATE";
    static final String SERIES = "TTr-SYT";

    final Submissions submissions;
    final SubmissionSigning signing;
    final Dossiers dossiers;
    final ModuleFixtures fixtures;
    final JdbcClient jdbc;
    final Clock clock;

    final Actor health;
    final Actor hospitalClerk;
    final Actor districtClerk;

    ReviewModuleTests(Submissions submissions, SubmissionSigning signing, Dossiers dossiers, ModuleFixtures fixtures,
                      JdbcClient jdbc, Clock clock) {
        this.submissions = submissions;
        this.signing = signing;
        this.dossiers = dossiers;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.clock = clock;
        this.health = fixtures.actor(Role.DEPARTMENT, "SYT"); // compiles the Covid-19 campaign
        this.hospitalClerk = fixtures.actor(Role.CLERK, "BVDK");
        this.districtClerk = fixtures.actor(Role.CLERK, "MAISON");
    }

    @Test
    void aDepartmentCompilesItsAcceptedDossiersIntoOneSubmissionNumberedOnce(AssertablePublishedEvents events) {
        Dossier first = fixtures.anAcceptedDossier(hospitalClerk, health, CAMPAIGN, AWARD, fixtures.individual("Giàng A Páo"));
        Dossier second = fixtures.anAcceptedDossier(districtClerk, health, CAMPAIGN, AWARD,
                fixtures.individual("Mè Văn Tới"));
        int numbered = lastNumber();

        SubmissionView draft = submissions.createDraft(List.of(first.getId(), second.getId()), health);
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.number()).as("a draft has no number yet").isNull();
        assertThat(lastNumber()).isEqualTo(numbered);
        assertThat(dossiers.inDraft(health, draft.id())).extracting(DossierView::id)
                .containsExactlyInAnyOrder(first.getId(), second.getId());

        SubmissionView presented = signing.present(draft.id(), health);
        assertThat(presented.number()).as("presented to the leaders, not signed: no number yet").isNull();
        assertThat(lastNumber()).isEqualTo(numbered);
        SubmissionView sent = signing.sign(draft.id(), presented.signOff().revision(), fixtures.leaderOf(health));
        String number = (numbered + 1) + "/" + SERIES;
        assertThat(sent.number()).isEqualTo(number);
        assertThat(sent.status()).isEqualTo(SubmissionStatus.AT_HOME_AFFAIRS);
        assertThat(lastNumber()).as("one number of the department's series for the year").isEqualTo(numbered + 1);

        // every dossier of the draft went to Home Affairs with that number, each by its own published step
        assertThat(List.of(first, second)).allSatisfy(d -> {
            Dossier atHomeAffairs = dossiers.get(d.getId(), health);
            assertThat(atHomeAffairs.getStatus()).isEqualTo(DossierStatus.AT_HOME_AFFAIRS);
            assertThat(atHomeAffairs.getSubmissionId()).isEqualTo(sent.id());
            assertThat(atHomeAffairs.getSubmissionNumber()).isEqualTo(number);
            assertThat(atHomeAffairs.getDraftSubmissionId()).isNull();
        });
        assertThat(events.ofType(DossierStepTaken.class).matching(DossierStepTaken::action, DossierAction.SEND_TO_HOME_AFFAIRS))
                .extracting(DossierStepTaken::dossierId, DossierStepTaken::reference, DossierStepTaken::submissionId)
                .containsExactlyInAnyOrder(tuple(first.getId(), number, sent.id()),
                        tuple(second.getId(), number, sent.id()));

        // sent is sent: sending again is refused and takes no other number
        assertThatThrownBy(() -> signing.sign(sent.id(), sent.signOff().revision(), fixtures.leaderOf(health)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> signing.present(sent.id(), health)).isInstanceOf(ConflictException.class);
        assertThat(lastNumber()).isEqualTo(numbered + 1);
        assertThat(submissions.get(sent.id(), fixtures.actor(Role.APPRAISER, "SNV")).number()).isEqualTo(number);
    }

    @Test
    void aDraftIsItsDepartmentsOwnAndDiscardingItGivesItsDossiersBack() {
        Dossier accepted = fixtures.anAcceptedDossier(hospitalClerk, health, CAMPAIGN, AWARD,
                fixtures.individual("Lưu Văn Sáng"));
        Actor otherDepartment = fixtures.actor(Role.DEPARTMENT, "STTTT");
        Actor homeAffairs = fixtures.actor(Role.APPRAISER, "SNV");

        assertThatThrownBy(() -> submissions.createDraft(List.of(accepted.getId()), hospitalClerk))
                .as("a clerk compiles nothing").isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> submissions.createDraft(List.of(accepted.getId()), otherDepartment))
                .as("another department cannot even find the dossier").isInstanceOf(NotFoundException.class);

        SubmissionView draft = submissions.createDraft(List.of(accepted.getId()), health);
        assertThatThrownBy(() -> submissions.get(draft.id(), otherDepartment)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> submissions.get(draft.id(), homeAffairs)).as("Home Affairs sees what was sent")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signing.present(draft.id(), otherDepartment)).isInstanceOf(NotFoundException.class);
        assertThat(dossiers.get(accepted.getId(), health).getDraftSubmissionId()).isEqualTo(draft.id());

        int numbered = lastNumber();
        submissions.discard(draft.id(), health);
        assertThatThrownBy(() -> submissions.get(draft.id(), health)).isInstanceOf(NotFoundException.class);
        Dossier givenBack = dossiers.get(accepted.getId(), health);
        assertThat(givenBack.getStatus()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(givenBack.getDraftSubmissionId()).isNull();
        assertThat(lastNumber()).as("a discarded draft never took a number").isEqualTo(numbered);

        // and it can go in another submission
        SubmissionView again = submissions.compileAndSign(List.of(accepted.getId()), health, fixtures.leaderOf(health));
        assertThat(again.number()).isEqualTo((numbered + 1) + "/" + SERIES);
    }

    /** The last number the department's series gave this year (0 before its first). */
    private int lastNumber() {
        return jdbc.sql("select last_number from document_counter where series = ? and year = ?")
                .param(SERIES).param(LocalDate.now(clock).getYear())
                .query(Integer.class).optional().orElse(0);
    }
}
