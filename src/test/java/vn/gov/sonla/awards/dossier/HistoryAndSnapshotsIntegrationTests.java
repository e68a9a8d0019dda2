package vn.gov.sonla.awards.dossier;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.DossierSnapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each transition of the chain writes exactly its own event (and, at a hand-over, exactly one snapshot);
 * views by staff outside the unit are recorded without touching the dossier's version; the dossier page
 * shows what the clerk changed after a return.
 */
@IntegrationTest
@AutoConfigureMockMvc
class HistoryAndSnapshotsIntegrationTests {

    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired Decisions decisions;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired UnitSteps unitSteps;
    @Autowired Approvals approvals;

    /** What filing a complete dossier section by section writes, before it is submitted. */
    static final String[] FILED_BY_BVDK = {"CREATE vanthu.bvdk -> DRAFT", "EDIT vanthu.bvdk DRAFT -> DRAFT",
            "EDIT vanthu.bvdk DRAFT -> DRAFT", "EDIT vanthu.bvdk DRAFT -> DRAFT",
            "ATTACH vanthu.bvdk DRAFT -> DRAFT: To-trinh-de-nghi.pdf",
            "ATTACH vanthu.bvdk DRAFT -> DRAFT: Bao-cao-thanh-tich.pdf"};

    @Test
    void eachTransitionWritesExactlyItsEventsAndSnapshots() {
        CurrentUser clerk = fixtures.user("vanthu.bvdk");
        CurrentUser health = fixtures.user("syt");
        CurrentUser homeAffairs = fixtures.user("snv");
        CurrentUser office = fixtures.user("vpubnd");

        Dossier d = fixtures.aCompleteDraft("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Từng Bước");
        long id = d.getId();
        expectNewEvents(id, FILED_BY_BVDK);
        expectNewSnapshots(id);

        unitSteps.submit(id, version(id, clerk), null, clerk.actor());
        expectNewEvents(id, "SUBMIT vanthu.bvdk DRAFT -> SUBMITTED");
        expectNewSnapshots(id, "SUBMIT SUBMITTED");

        departmentSteps.returnForSupplementation(id, version(id, health), "Bổ sung xác nhận", health.actor());
        expectNewEvents(id, "RETURN syt SUBMITTED -> RETURNED: Bổ sung xác nhận");
        expectNewSnapshots(id, "RETURN RETURNED");

        unitSteps.describeNominee(id, version(id, clerk), Nominee.individual("Lò Văn Từng Bước", "Điều dưỡng trưởng",
                "Khoa Hồi sức tích cực", 1980, Gender.FEMALE, true), clerk.actor());
        unitSteps.describeAchievements(id, version(id, clerk), "Thành tích đã bổ sung xác nhận của đơn vị", clerk.actor());
        expectNewEvents(id, "EDIT vanthu.bvdk RETURNED -> RETURNED", "EDIT vanthu.bvdk RETURNED -> RETURNED");
        expectNewSnapshots(id);

        unitSteps.submit(id, version(id, clerk), null, clerk.actor());
        expectNewEvents(id, "SUBMIT vanthu.bvdk RETURNED -> SUBMITTED");
        expectNewSnapshots(id, "SUBMIT SUBMITTED");

        departmentSteps.accept(id, version(id, health), health.actor());
        expectNewEvents(id, "ACCEPT syt SUBMITTED -> ACCEPTED");
        expectNewSnapshots(id);

        SubmissionView submission = submissions.compileAndSign(List.of(id), health.actor(), fixtures.leaderOf(health.actor()));
        expectNewEvents(id, "SEND_TO_HOME_AFFAIRS gd.syt ACCEPTED -> AT_HOME_AFFAIRS: " + submission.number());
        expectNewSnapshots(id, "SEND_TO_HOME_AFFAIRS AT_HOME_AFFAIRS");

        appraisals.appraise(id, version(id, homeAffairs), true, "Đủ điều kiện", homeAffairs.actor());
        expectNewEvents(id, "APPRAISE snv AT_HOME_AFFAIRS -> APPRAISED: Đủ điều kiện");
        expectNewSnapshots(id);

        appraisals.forward(submission.id(), homeAffairs.actor(), fixtures.leaderOf(homeAffairs.actor()));
        expectNewEvents(id, "FORWARD_TO_CHAIRMAN gd.snv APPRAISED -> AT_CHAIRMAN: " + submission.number());
        expectNewSnapshots(id, "FORWARD_TO_CHAIRMAN AT_CHAIRMAN");

        approvals.approve(id, version(id, office), null, office.actor());
        expectNewEvents(id, "APPROVE vpubnd AT_CHAIRMAN -> APPROVED");
        expectNewSnapshots(id, "APPROVE APPROVED");

        String number = decisions.issue(submission.id(), LocalDate.of(2021, 11, 2), office.actor(), fixtures.actor("ct.ubnd"))
                .orElseThrow().number();
        expectNewEvents(id, "GRANT ct.ubnd APPROVED -> GRANTED: " + number);
        expectNewSnapshots(id, "GRANT GRANTED");

        // what the clerk changed after the return: the return's snapshot against the resubmission's
        List<DossierSnapshots.Snapshot> snapshots = dossiers.snapshots(id, clerk.actor());
        List<DossierSnapshots.Change> afterReturn = DossierSnapshots.diff(snapshots.get(1), snapshots.get(2));
        assertThat(afterReturn).extracting(DossierSnapshots.Change::field)
                .containsExactly("nomineePosition", "achievementSummary", "status");
        assertThat(afterReturn.get(0).before()).isEqualTo("Bác sĩ");
        assertThat(afterReturn.get(0).after()).isEqualTo("Điều dưỡng trưởng");
        assertThat(snapshots.get(6).content()).containsEntry("decisionNumber", number).containsEntry("status", "GRANTED");
    }

    @Test
    void staffOutsideTheUnitLeaveAViewInTheHistoryWithoutChangingTheDossier() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Cầm Thị Được Xem");
        long id = d.getId();
        long version = version(id, fixtures.user("vanthu.bvdk"));
        List<String> filedAndSubmitted = new java.util.ArrayList<>(List.of(FILED_BY_BVDK));
        filedAndSubmitted.add("SUBMIT vanthu.bvdk DRAFT -> SUBMITTED");
        expectNewEvents(id, filedAndSubmitted.toArray(String[]::new));

        mvc.perform(get("/dossiers/{id}", id).with(user(fixtures.user("vanthu.bvdk")))).andExpect(status().isOk());
        expectNewEvents(id);

        mvc.perform(get("/dossiers/{id}", id).with(user(fixtures.user("syt")))).andExpect(status().isOk());
        expectNewEvents(id, "VIEW syt SUBMITTED -> SUBMITTED");
        mvc.perform(get("/dossiers/{id}", id).with(user(fixtures.user("stttt")))).andExpect(status().isNotFound());
        expectNewEvents(id);

        assertThat(version(id, fixtures.user("vanthu.bvdk"))).isEqualTo(version);
        // the clerk sees who looked, apart from the timeline
        mvc.perform(get("/dossiers/{id}", id).with(user(fixtures.user("vanthu.bvdk"))))
                .andExpect(content().string(containsString("id=\"access-list\"")))
                .andExpect(content().string(containsString("Hoàng Văn Nam")));
    }

    @Test
    void theDossierPageShowsWhatChangedBetweenTwoHandOvers() throws Exception {
        CurrentUser clerk = fixtures.user("vanthu.bvdk");
        Dossier d = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Trước Sau");
        long id = d.getId();
        departmentSteps.returnForSupplementation(id, version(id, fixtures.user("syt")), "Ghi rõ năm sinh", fixtures.user("syt").actor());
        unitSteps.describeNominee(id, version(id, clerk), Nominee.individual("Lò Văn Trước Sau", "Bác sĩ",
                "Khoa Hồi sức tích cực", 1975, Gender.FEMALE, true), clerk.actor());
        unitSteps.submit(id, version(id, clerk), null, clerk.actor());

        mvc.perform(get("/dossiers/{id}", id).with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"snapshot-diff\"")))
                .andExpect(content().string(containsString("data-field=\"nomineeBirthYear\"")))
                .andExpect(content().string(containsString("1975")))
                .andExpect(content().string(not(containsString("data-field=\"nomineeName\""))));
        List<DossierSnapshots.Snapshot> snapshots = dossiers.snapshots(id, clerk.actor());
        mvc.perform(get("/dossiers/{id}", id).param("compareFrom", String.valueOf(snapshots.get(0).id()))
                        .param("compareTo", String.valueOf(snapshots.get(1).id())).with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-field=\"status\"")))
                .andExpect(content().string(not(containsString("data-field=\"nomineeBirthYear\""))));
    }

    private long lastSeenEvent;
    private long lastSeenSnapshot;

    /** The events written since the previous call, as "ACTION actor FROM -> TO: note". */
    private void expectNewEvents(long dossierId, String... expected) {
        List<String> events = jdbc.sql("""
                select id, action || ' ' || actor_username || ' ' || coalesce(from_status || ' ', '') || '-> ' || to_status
                       || coalesce(': ' || note, '') as line
                  from dossier_event where dossier_id = ? and id > ? order by chain_seq""")
                .param(dossierId).param(lastSeenEvent)
                .query((rs, n) -> {
                    lastSeenEvent = Math.max(lastSeenEvent, rs.getLong("id"));
                    return rs.getString("line");
                }).list();
        assertThat(events).containsExactly(expected);
    }

    private void expectNewSnapshots(long dossierId, String... expected) {
        List<String> snapshots = jdbc.sql("""
                select id, action || ' ' || status as line from dossier_snapshot where dossier_id = ? and id > ? order by id""")
                .param(dossierId).param(lastSeenSnapshot)
                .query((rs, n) -> {
                    lastSeenSnapshot = Math.max(lastSeenSnapshot, rs.getLong("id"));
                    return rs.getString("line");
                }).list();
        assertThat(snapshots).containsExactly(expected);
    }

    private long version(long id, CurrentUser user) {
        return dossiers.get(id, user.actor()).getVersion();
    }
}
