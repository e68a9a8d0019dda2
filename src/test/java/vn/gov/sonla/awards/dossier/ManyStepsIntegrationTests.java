package vn.gov.sonla.awards.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.audit.AuditChain;
import vn.gov.sonla.awards.common.ConflictException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.internal.StepRunner;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A step taken by a whole submission's dossiers at once is stored with one statement per table: each dossier still
 * ends as its own step leaves it — its stage, version, submission, its history event on the hash chain, its frozen
 * copy — and when any dossier refuses the step (outside the asker's scope, at another stage, changed since the page
 * showed it), none of them takes it.
 */
@IntegrationTest
class ManyStepsIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired AuditChain chain;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired HomeAffairsSteps homeAffairsSteps;
    @Autowired StepRunner steps;
    @Autowired TransactionTemplate transactions;
    @Autowired MeterRegistry registry;
    @Autowired Appraisals appraisals;

    final String stamp = Long.toString(System.nanoTime() % 1_000_000);

    @Test
    void aSubmissionSentWholeMovesEachDossierWithItsOwnHistoryEventAndFrozenCopy() {
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Cùng Gửi Một " + stamp);
        Dossier b = fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Cùng Gửi Hai " + stamp);
        Dossier c = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Cùng Gửi Ba " + stamp);
        long leftAcceptedBefore = leftAccepted();

        SubmissionView submission = fixtures.sent("syt", a, b, c);

        assertThat(leftAccepted() - leftAcceptedBefore).as("each dossier's time at the stage it left is measured")
                .isEqualTo(3);

        List<Long> seqs = new ArrayList<>();
        for (Dossier before : List.of(a, b, c)) {
            Map<String, Object> row = jdbc.sql("""
                    select status, version, submission_id, submission_number, draft_submission_id, status_changed_at
                      from dossier where id = ?""").param(before.getId()).query().singleRow();
            assertThat(row.get("status")).isEqualTo("AT_HOME_AFFAIRS");
            assertThat(row.get("version")).as("placed in the draft, then sent").isEqualTo(before.getVersion() + 2);
            assertThat(row.get("submission_id")).isEqualTo(submission.id());
            assertThat(row.get("submission_number")).isEqualTo(submission.number());
            assertThat(row.get("draft_submission_id")).isNull();

            Map<String, Object> event = jdbc.sql("""
                    select action, from_status, to_status, note, actor_username, occurred_at, chain_seq
                      from dossier_event where dossier_id = ? order by id desc limit 1""")
                    .param(before.getId()).query().singleRow();
            assertThat(event).containsEntry("action", "SEND_TO_HOME_AFFAIRS").containsEntry("from_status", "ACCEPTED")
                    .containsEntry("to_status", "AT_HOME_AFFAIRS").containsEntry("note", submission.number())
                    .containsEntry("actor_username", "gd.syt");
            assertThat(event.get("occurred_at")).as("the stage changed when the step was taken")
                    .isEqualTo(row.get("status_changed_at"));
            assertThat(fixtures.events(before.getId(), "SEND_TO_HOME_AFFAIRS")).isEqualTo(1);
            seqs.add((Long) event.get("chain_seq"));

            Map<String, Object> copy = jdbc.sql("""
                    select action, status, taken_by, content ->> 'submissionNumber' as number,
                           content ->> 'nomineeName' as name, content ->> 'status' as content_status,
                           content ->> 'criteria' as criteria, content ->> 'attachments' as attachments
                      from dossier_snapshot where dossier_id = ? order by id desc limit 1""")
                    .param(before.getId()).query().singleRow();
            assertThat(copy).containsEntry("action", "SEND_TO_HOME_AFFAIRS").containsEntry("status", "AT_HOME_AFFAIRS")
                    .containsEntry("taken_by", "gd.syt").containsEntry("number", submission.number())
                    .containsEntry("name", before.getNomineeName()).containsEntry("content_status", "AT_HOME_AFFAIRS");
            assertThat((String) copy.get("criteria")).as("the checklist is frozen").contains("✓");
            assertThat((String) copy.get("attachments")).as("the files are frozen").isNotBlank();
            Map<String, Object> filed = jdbc.sql("""
                    select content ->> 'criteria' as criteria, content ->> 'attachments' as attachments
                      from dossier_snapshot where dossier_id = ? and action = 'SUBMIT' order by id desc limit 1""")
                    .param(before.getId()).query().singleRow();
            assertThat(copy.get("criteria")).as("listed as the clerk's step of one dossier listed them")
                    .isEqualTo(filed.get("criteria"));
            assertThat(copy.get("attachments")).isEqualTo(filed.get("attachments"));
        }
        assertThat(seqs).as("the events follow each other on the chain, in the dossiers' order").isSorted();
        List<Long> noticesPerAppraiser = jdbc.sql("""
                select count(*) from notice where kind = 'SUBMISSION_ARRIVED' and submission_id = ?
                 group by recipient_id""").param(submission.id()).query(Long.class).list();
        assertThat(noticesPerAppraiser).as("each appraiser is told of the submission once, not once per dossier")
                .isNotEmpty().containsOnly(1L);
        AuditChain.Verdict verdict = chain.verify();
        assertThat(verdict.intact()).as(verdict.describe()).isTrue();
    }

    @Test
    void aDossierOutsideTheAskersScopeRefusesTheStepForAll() {
        Dossier ours = counted(fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Trong Phạm Vi " + stamp));
        Dossier theirs = counted(fixtures.anAcceptedDossier("vanthu.viettel", "stttt", "SONG_MAY_TINH", "Ngoài Phạm Vi " + stamp));
        long submissionId = aSubmissionSent("Tờ Trình Có Sẵn");
        Actor syt = fixtures.actor("gd.syt");

        assertThatThrownBy(() -> departmentSteps.sendAllToHomeAffairs(List.of(ours.getId(), theirs.getId()), submissionId,
                "1/TTr-SYT", syt, listed -> { })).isInstanceOf(NotFoundException.class);

        assertUnmoved(ours, "ACCEPTED");
        assertUnmoved(theirs, "ACCEPTED");
    }

    @Test
    void aDossierAtAnotherStageRefusesTheStepForAll() {
        Dossier accepted = counted(fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Đã Tiếp Nhận " + stamp));
        Dossier submitted = counted(fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE",
                "Chưa Tiếp Nhận " + stamp));
        long submissionId = aSubmissionSent("Tờ Trình Khác");

        assertThatThrownBy(() -> departmentSteps.sendAllToHomeAffairs(List.of(accepted.getId(), submitted.getId()),
                submissionId, "2/TTr-SYT", fixtures.actor("gd.syt"), listed -> { }))
                .isInstanceOf(ConflictException.class).hasMessageContaining("error.transition");

        assertUnmoved(accepted, "ACCEPTED");
        assertUnmoved(submitted, "SUBMITTED");
    }

    @Test
    void aDossierChangedSinceThePageShowedItRefusesTheStepForAll() {
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Trang Mới " + stamp);
        Dossier b = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Trang Cũ " + stamp);
        fixtures.sent("syt", a, b);
        Dossier shownA = counted(fixtures.reload(a, "snv"));
        Dossier shownB = counted(fixtures.reload(b, "snv"));
        Map<Long, Long> shown = new LinkedHashMap<>();
        shown.put(shownA.getId(), shownA.getVersion());
        shown.put(shownB.getId(), shownB.getVersion() - 1);

        assertThatThrownBy(() -> homeAffairsSteps.appraiseAll(shown, true, "Đủ điều kiện", fixtures.actor("snv")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("error.stale");

        assertUnmoved(shownA, "AT_HOME_AFFAIRS");
        assertUnmoved(shownB, "AT_HOME_AFFAIRS");
    }

    @Test
    void aDossierChangedByAnotherTransactionWhileTheStepRunsRefusesTheStepForAll() {
        Dossier a = counted(fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Gửi Cùng Lúc " + stamp));
        Dossier b = counted(fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Đổi Giữa Chừng " + stamp));
        long submissionId = aSubmissionSent("Tờ Trình Thứ Ba");
        Actor leader = fixtures.actor("gd.syt");
        AtomicBoolean changed = new AtomicBoolean();

        assertThatThrownBy(() -> transactions.executeWithoutResult(t -> steps.stepAll(List.of(a.getId(), b.getId()), null,
                leader, dossier -> {
                    if (changed.compareAndSet(false, true)) {
                        // another person's step on b commits after the dossiers were read, before they are written
                        CompletableFuture.runAsync(() -> jdbc.sql("update dossier set version = version + 1 where id = ?")
                                .param(b.getId()).update()).join();
                    }
                    dossier.sendToHomeAffairs(submissionId, "9/TTr-SYT", leader);
                })))
                .isInstanceOf(ConflictException.class).hasMessageContaining("error.stale");

        assertUnmoved(a, "ACCEPTED");
        Map<String, Object> row = jdbc.sql("""
                select status, (select count(*) from dossier_event e where e.dossier_id = d.id) as events
                  from dossier d where id = ?""").param(b.getId()).query().singleRow();
        assertThat(row).containsEntry("status", "ACCEPTED").containsEntry("events", events.get(b.getId()));
    }

    @Test
    void aStepThatChangesMoreThanAStepOfManyWritesIsRefusedBeforeAnythingIsWritten() {
        Dossier d = counted(fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE",
                "Nhận Xử Lý " + stamp));
        Actor staff = fixtures.actor("syt");

        // taking a dossier up changes who handles it, which a step of many does not write
        assertThatThrownBy(() -> transactions.executeWithoutResult(t ->
                steps.stepAll(List.of(d.getId()), null, staff, dossier -> dossier.claim(staff))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("claim");

        assertUnmoved(d, "SUBMITTED");
        assertThat(jdbc.sql("select claimed_by from dossier where id = ?").param(d.getId()).query().singleRow()
                .get("claimed_by")).isNull();
    }

    @Test
    void sendingAWholeSubmissionReadsItsDossiersTheirCriteriaAndTheirFilesOnceEach() {
        Dossier a = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Một Lần Đọc " + stamp);
        Dossier b = fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Hai Lần Đọc " + stamp);
        Dossier c = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Ba Lần Đọc " + stamp);

        StatementCounter.reset();
        SubmissionView submission = fixtures.sent("syt", a, b, c);

        List<String> statements = StatementCounter.statements();
        assertThat(statements.stream().filter(sql -> sql.contains("dossier_criterion")))
                .as("the criteria of the three, read together for their frozen copies").hasSize(1);
        assertThat(statements.stream().filter(sql -> sql.contains("dossier_attachment"))).hasSize(1);
        List<String> dossiersLoaded = statements.stream()
                .filter(sql -> sql.contains(" from dossier ") && sql.contains("achievement_summary")).toList();
        assertThat(dossiersLoaded.stream().filter(sql -> sql.contains(".draft_submission_id=")))
                .as("the signature loads the draft's dossiers to send them, and lays the Tờ trình out from those")
                .isEmpty();
        assertThat(dossiersLoaded.stream().filter(sql -> sql.contains(".id in ("))).hasSize(1);

        Map<Long, Long> shown = new LinkedHashMap<>();
        for (Dossier d : List.of(a, b, c)) {
            shown.put(d.getId(), fixtures.reload(d, "snv").getVersion());
        }
        StatementCounter.reset();
        appraisals.endorseAll(submission.id(), shown.keySet(), shown, null, fixtures.actor("snv"));

        assertThat(StatementCounter.statements().stream()
                .filter(sql -> sql.contains("dossier_criterion") || sql.contains("dossier_attachment")))
                .as("a step that freezes no copy reads neither").isEmpty();
    }

    /** A numbered submission of another dossier, for a step to name. */
    private long aSubmissionSent(String nominee) {
        return fixtures.sent("syt", fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", nominee + " " + stamp)).id();
    }

    private long leftAccepted() {
        Timer timer = registry.find("awards.dossier.stage.duration").tag("stage", "ACCEPTED").timer();
        return timer == null ? 0 : timer.count();
    }

    /** The dossier is at the stage, at the version it had, with no more history than it had. */
    private void assertUnmoved(Dossier before, String status) {
        Map<String, Object> row = jdbc.sql("""
                select status, version, (select count(*) from dossier_event e where e.dossier_id = d.id) as events
                  from dossier d where id = ?""").param(before.getId()).query().singleRow();
        assertThat(row.get("status")).isEqualTo(status);
        assertThat(row.get("version")).isEqualTo(before.getVersion());
        assertThat(row.get("events")).isEqualTo(events.get(before.getId()));
    }

    /** The number of history events of each dossier when the test brought it to its stage. */
    private final Map<Long, Long> events = new HashMap<>();

    private Dossier counted(Dossier d) {
        events.put(d.getId(), jdbc.sql("select count(*) from dossier_event where dossier_id = ?").param(d.getId())
                .query(Long.class).single());
        return d;
    }
}
