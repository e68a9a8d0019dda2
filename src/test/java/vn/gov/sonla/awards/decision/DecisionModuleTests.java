package vn.gov.sonla.awards.decision;

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
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.common.ConflictException;
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
import static org.assertj.core.api.Assertions.tuple;

/**
 * The decision module bootstrapped with only what it needs: the chairman's decision grants the approved provincial
 * awards of a submission under one number of the year, each with its certificate, and closes the submission; a
 * state-level award is proposed to the central level under the chairman's own numbered letter, and what the central
 * level granted is recorded here.
 * <p>
 * {@link BootstrapMode#ALL_DEPENDENCIES}: {@link Decisions} and {@link Approvals} move the dossiers by the dossier
 * module's {@code ChairmanSteps}, read and close submissions through {@code review}, number through
 * {@code numbering}; the module's pages use {@code appraisal}, {@code document} and {@code publication}. With
 * {@code DIRECT_DEPENDENCIES} the context does not start: decision uses only types of {@code campaign} and none of
 * {@code organisation}, so neither is bootstrapped, and Hibernate refuses the dossier's mapping without their
 * entities. The transitive closure adds exactly those; nothing downstream — notification, report, audit, admin — is
 * in the context. The dossiers reach the chairman's office through the real steps of the modules before (file,
 * accept, compile, appraise, forward), since a certificate, a proposal and a decision are rows that reference them.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestSetup
class DecisionModuleTests {

    static final String CAMPAIGN = "COVID19";

    final Decisions decisions;
    final Approvals approvals;
    final Appraisals appraisals;
    final Submissions submissions;
    final Dossiers dossiers;
    final ModuleFixtures fixtures;
    final JdbcClient jdbc;
    final Clock clock;

    final Actor clerk;
    final Actor health;
    final Actor homeAffairs;
    final Actor office;

    DecisionModuleTests(Decisions decisions, Approvals approvals, Appraisals appraisals, Submissions submissions,
                        Dossiers dossiers, ModuleFixtures fixtures, JdbcClient jdbc, Clock clock) {
        this.decisions = decisions;
        this.approvals = approvals;
        this.appraisals = appraisals;
        this.submissions = submissions;
        this.dossiers = dossiers;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.clock = clock;
        this.clerk = fixtures.actor(Role.CLERK, "BVDK");
        this.health = fixtures.actor(Role.DEPARTMENT, "SYT");
        this.homeAffairs = fixtures.actor(Role.APPRAISER, "SNV");
        this.office = fixtures.actor(Role.CHAIRMAN_OFFICE, "VPUBND");
    }

    @Test
    void theDecisionGrantsTheApprovedProvincialAwardsUnderOneNumberEachWithItsCertificate(AssertablePublishedEvents events) {
        long granted = accepted("CHAIRMAN_CERTIFICATE", "Vàng Thị Dợ");
        long declined = accepted("CHAIRMAN_CERTIFICATE", "Thào A Chư");
        SubmissionView submission = atChairmansOffice(granted, declined);
        approvals.approve(granted, version(granted), null, office);
        approvals.decline(declined, version(declined), "Thành tích chưa nổi bật so với tiêu chuẩn Bằng khen.", office);
        LocalDate today = LocalDate.now(clock);
        int numbered = lastNumber(Decisions.SERIES, today.getYear());

        DecisionView decision = decisions.issue(submission.id(), today, office, fixtures.leaderOf(office)).orElseThrow();

        String number = (numbered + 1) + "/QĐ-UBND";
        assertThat(decision.number()).isEqualTo(number);
        assertThat(decision.issuedOn()).isEqualTo(today);
        assertThat(decision.signerName()).isEqualTo("Thủ trưởng VPUBND (kiểm thử mô-đun)");
        assertThat(decision.signerAuthorityLines()).containsExactly("CHỦ TỊCH");
        assertThat(lastNumber(Decisions.SERIES, today.getYear())).isEqualTo(numbered + 1);
        assertThat(decisions.certificates(decision)).singleElement().satisfies(certificate -> {
            assertThat(certificate.getDossierId()).isEqualTo(granted);
            assertThat(certificate.getCode()).matches("[0-9A-HJKMNP-TV-Z]{20}");
        });
        assertThat(decisions.granted(decision, office)).extracting(DossierView::id).containsExactly(granted);
        assertThat(decisions.grantOf(granted)).contains(new Grant(decision.id(), number, today, List.of("CHỦ TỊCH"),
                "Thủ trưởng VPUBND (kiểm thử mô-đun)"));
        assertThat(decisions.grantOf(declined)).isEmpty();
        assertThat(dossiers.get(granted, office).getStatus()).isEqualTo(DossierStatus.GRANTED);
        assertThat(dossiers.get(declined, office).getStatus()).isEqualTo(DossierStatus.DECLINED);
        assertThat(submissions.get(submission.id(), office).status()).isEqualTo(SubmissionStatus.CLOSED);
        assertThat(events.ofType(DossierStepTaken.class).matching(DossierStepTaken::action, DossierAction.GRANT))
                .extracting(DossierStepTaken::dossierId, DossierStepTaken::reference)
                .containsExactly(tuple(granted, number));
        // the copy frozen at the grant names the decision, read from this module by the dossier module
        assertThat(dossiers.snapshots(granted, office)).last().satisfies(snapshot -> assertThat(snapshot.content())
                .containsEntry("status", "GRANTED").containsEntry("decisionNumber", number)
                .containsEntry("decisionDate", today.toString()));

        // a closed submission is decided once: a second decision is refused and takes no number
        assertThatThrownBy(() -> decisions.issue(submission.id(), today, office, fixtures.leaderOf(office)))
                .isInstanceOf(ConflictException.class);
        assertThat(lastNumber(Decisions.SERIES, today.getYear())).isEqualTo(numbered + 1);
        assertThat(decisions.ofSubmission(submission.id())).extracting(DecisionView::number).containsExactly(number);
    }

    @Test
    void aStateLevelAwardIsProposedUnderTheChairmansNumberAndTheCentralAwardRecorded() {
        long proposed = accepted("LABOUR_ORDER", "Sùng A Lềnh");
        SubmissionView submission = atChairmansOffice(proposed);
        LocalDate today = LocalDate.now(clock);
        int proposals = lastNumber(Approvals.PROPOSAL_SERIES, today.getYear());

        approvals.approve(proposed, version(proposed), "Đồng ý trình Thủ tướng Chính phủ.", office);

        // approving takes no number: the letter is numbered when the chairman signs it
        assertThat(approvals.proposalOf(proposed)).isEmpty();
        assertThat(lastNumber(Approvals.PROPOSAL_SERIES, today.getYear())).isEqualTo(proposals);
        assertThat(dossiers.get(proposed, office).getStatus()).isEqualTo(DossierStatus.APPROVED);

        // no provincial award to grant: no decision and no decision number; the letter proposes the state-level award
        int decisionsNumbered = lastNumber(Decisions.SERIES, today.getYear());
        assertThat(decisions.issue(submission.id(), today, office, fixtures.leaderOf(office))).isEmpty();
        String letter = (proposals + 1) + "/TTr-UBND";
        assertThat(lastNumber(Decisions.SERIES, today.getYear())).isEqualTo(decisionsNumbered);
        assertThat(lastNumber(Approvals.PROPOSAL_SERIES, today.getYear())).isEqualTo(proposals + 1);
        assertThat(approvals.proposalOf(proposed)).contains(new Proposal(letter, today, null, null));
        assertThat(dossiers.get(proposed, office).getStatus()).isEqualTo(DossierStatus.PROPOSED_TO_CENTRAL);
        assertThat(dossiers.get(proposed, office).getHistory()).last()
                .satisfies(step -> assertThat(step.getNote()).isEqualTo(letter));
        assertThat(submissions.get(submission.id(), office).status()).isEqualTo(SubmissionStatus.CLOSED);
        assertThat(submissions.get(submission.id(), office).proposalLetterNumber()).isEqualTo(letter);

        LocalDate centralDate = today.minusDays(1);
        approvals.recordCentralAward(proposed, version(proposed), " 125/QĐ-CTN ", centralDate, office);
        assertThat(dossiers.get(proposed, office).getStatus()).isEqualTo(DossierStatus.CENTRAL_AWARDED);
        assertThat(approvals.proposalOf(proposed)).contains(new Proposal(letter, today, "125/QĐ-CTN", centralDate));
    }

    private long accepted(String awardCode, String name) {
        return fixtures.anAcceptedDossier(clerk, health, CAMPAIGN, awardCode, fixtures.individual(name)).getId();
    }

    /** Compiled and sent by the department, endorsed by Home Affairs and forwarded to the chairman's office. */
    private SubmissionView atChairmansOffice(long... accepted) {
        SubmissionView sent = submissions.compileAndSign(java.util.Arrays.stream(accepted).boxed().toList(), health, fixtures.leaderOf(health));
        for (long id : accepted) {
            appraisals.appraise(id, fixtures.version(id, homeAffairs), true, "Đủ điều kiện, tiêu chuẩn.", homeAffairs);
        }
        appraisals.forward(sent.id(), homeAffairs, fixtures.leaderOf(homeAffairs));
        assertThat(dossiers.inSubmission(office, sent.id())).extracting(DossierView::status)
                .containsOnly(DossierStatus.AT_CHAIRMAN).hasSize(accepted.length);
        return sent;
    }

    private long version(long id) {
        return fixtures.version(id, office);
    }

    /** The last number a series gave in the year (0 before its first). */
    private int lastNumber(String series, int year) {
        return jdbc.sql("select last_number from document_counter where series = ? and year = ?")
                .param(series).param(year).query(Integer.class).optional().orElse(0);
    }
}
