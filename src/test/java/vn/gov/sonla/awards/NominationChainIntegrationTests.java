package vn.gov.sonla.awards;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.DecisionView;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.UnitSteps;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.SubmissionStatus;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path of plan 215 on the real stack, step by step as the plan tells it: a unit files, the
 * compiling department returns and then accepts, compiles a numbered submission, Home Affairs appraises
 * and forwards, the chairman approves and a numbered decision grants the award. Every step commits, and
 * the stored history is read back from PostgreSQL.
 */
@IntegrationTest
class NominationChainIntegrationTests {

    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired Decisions decisions;
    @Autowired Fixtures fixtures;
    @Autowired UnitSteps unitSteps;
    @Autowired JdbcClient jdbc;
    @Autowired Approvals approvals;
    @Autowired DepartmentSteps departmentSteps;

    @Test
    void aDossierTravelsFromTheUnitToTheChairmansDecision() {
        CurrentUser clerk = fixtures.user("vanthu.bvdk");
        CurrentUser health = fixtures.user("syt");
        CurrentUser homeAffairs = fixtures.user("snv");
        CurrentUser office = fixtures.user("vpubnd");

        // 1. The hospital's clerk files and submits the dossier.
        Dossier dossier = fixtures.aCompleteDraft("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Chuỗi");
        long id = dossier.getId();
        unitSteps.submit(id, dossier.getVersion(), null, clerk.actor());
        assertThat(stage(id, health)).isEqualTo(DossierStatus.SUBMITTED);

        // 2. The Department of Health returns it for supplementation; the clerk resubmits.
        departmentSteps.returnForSupplementation(id, version(id, health), "Bổ sung xác nhận của đơn vị", health.actor());
        assertThat(stage(id, clerk)).isEqualTo(DossierStatus.RETURNED);
        unitSteps.describeAchievements(id, version(id, clerk), "Bổ sung: có xác nhận của đơn vị.", clerk.actor());
        unitSteps.submit(id, version(id, clerk), null, clerk.actor());

        // 3. The department accepts it and compiles it into a numbered submission to Home Affairs.
        departmentSteps.accept(id, version(id, health), health.actor());
        SubmissionView submission = submissions.compileAndSign(List.of(id), health.actor(), fixtures.leaderOf(health.actor()));
        assertThat(submission.number()).matches("\\d+/TTr-SYT");
        assertThat(dossiers.get(id, homeAffairs.actor()).getSubmissionNumber()).isEqualTo(submission.number());

        // 4. Home Affairs appraises and forwards the submission to the chairman's office.
        appraisals.appraise(id, version(id, homeAffairs), true, "Đủ điều kiện", homeAffairs.actor());
        appraisals.forward(submission.id(), homeAffairs.actor(), fixtures.leaderOf(homeAffairs.actor()));
        assertThat(submissions.get(submission.id(), office.actor()).status()).isEqualTo(SubmissionStatus.AT_CHAIRMAN);

        // 5. The chairman approves, and the decision grants the Chairman's Certificate of Merit.
        approvals.approve(id, version(id, office), null, office.actor());
        LocalDate signed = LocalDate.of(2021, 11, 2);
        DecisionView decision = decisions.issue(submission.id(), signed, office.actor(), fixtures.actor("ct.ubnd")).orElseThrow();
        assertThat(decision.number()).matches("\\d+/QĐ-UBND");

        Dossier granted = dossiers.get(id, clerk.actor());
        assertThat(granted.getStatus()).isEqualTo(DossierStatus.GRANTED);
        assertThat(decisions.grantOf(id).orElseThrow().number()).isEqualTo(decision.number());
        assertThat(decisions.grantOf(id).orElseThrow().issuedOn()).isEqualTo(signed);
        assertThat(submissions.get(submission.id(), office.actor()).status()).isEqualTo(SubmissionStatus.CLOSED);

        // The history, as stored: who, from which stage to which, and why.
        List<Map<String, Object>> history = jdbc.sql("""
                select action, from_status, to_status, actor_username, note
                from dossier_event where dossier_id = ? and action not in ('EDIT', 'ATTACH', 'DETACH')
                order by id""").param(id).query().listOfRows();
        assertThat(history).extracting(row -> row.get("action") + ":" + row.get("to_status") + ":" + row.get("actor_username"))
                .containsExactly(
                        "CREATE:DRAFT:vanthu.bvdk",
                        "SUBMIT:SUBMITTED:vanthu.bvdk",
                        "RETURN:RETURNED:syt",
                        "SUBMIT:SUBMITTED:vanthu.bvdk",
                        "ACCEPT:ACCEPTED:syt",
                        "SEND_TO_HOME_AFFAIRS:AT_HOME_AFFAIRS:gd.syt",
                        "APPRAISE:APPRAISED:snv",
                        "FORWARD_TO_CHAIRMAN:AT_CHAIRMAN:gd.snv",
                        "APPROVE:APPROVED:vpubnd",
                        "GRANT:GRANTED:ct.ubnd");
        assertThat(history.get(2).get("note")).isEqualTo("Bổ sung xác nhận của đơn vị");
        assertThat(history.get(5).get("note")).isEqualTo(submission.number());
        assertThat(history.get(9).get("note")).isEqualTo(decision.number());
    }

    @Test
    void aStateAwardIsProposedAndADeclinedOneGetsNoDecision() {
        CurrentUser health = fixtures.user("syt");
        CurrentUser homeAffairs = fixtures.user("snv");
        CurrentUser office = fixtures.user("vpubnd");
        Dossier order = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "LABOUR_ORDER", "Nguyễn Văn Đức");
        departmentSteps.accept(order.getId(), version(order.getId(), health), health.actor());
        Dossier weak = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lường Thị Én");
        SubmissionView submission = fixtures.sent("syt", fixtures.reload(order, "syt"), weak);
        for (long id : List.of(order.getId(), weak.getId())) {
            appraisals.appraise(id, version(id, homeAffairs), true, null, homeAffairs.actor());
        }
        appraisals.forward(submission.id(), homeAffairs.actor(), fixtures.leaderOf(homeAffairs.actor()));

        approvals.approve(order.getId(), version(order.getId(), office), "Trình Thủ tướng", office.actor());
        approvals.decline(weak.getId(), version(weak.getId(), office), "Chưa tiêu biểu", office.actor());

        assertThat(decisions.issue(submission.id(), LocalDate.now(), office.actor(), fixtures.actor("ct.ubnd"))).isEmpty();
        assertThat(stage(order.getId(), office)).isEqualTo(DossierStatus.PROPOSED_TO_CENTRAL);
        assertThat(stage(weak.getId(), office)).isEqualTo(DossierStatus.DECLINED);
        assertThat(decisions.ofSubmission(submission.id())).isEmpty();
    }

    private DossierStatus stage(long id, CurrentUser user) {
        return dossiers.get(id, user.actor()).getStatus();
    }

    private long version(long id, CurrentUser user) {
        return dossiers.get(id, user.actor()).getVersion();
    }
}
