package vn.gov.sonla.awards.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.dossier.internal.DossierViews;
import vn.gov.sonla.awards.dossier.internal.Dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seeing a dossier's personal data leaves a VIEW in its history whatever the way — its page, one of its files, the
 * PDF or XLSX of a submission listing it — and a person's views of one dossier within ten minutes are one row.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DossierViewsIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired DossierViews views;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void viewsByOnePersonWithinTenMinutesAreOneRow() {
        long id = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Quàng Văn Mười Phút").getId();
        Actor health = fixtures.actor("syt");
        Actor homeAffairs = fixtures.actor("snv");
        Instant start = Instant.parse("2026-03-02T02:00:00Z");

        // six views in one minute, one at 9'59": one row
        for (int s = 0; s < 60; s += 10) {
            viewAt(id, health, start.plusSeconds(s));
        }
        viewAt(id, health, start.plus(Duration.ofMinutes(9)).plusSeconds(59));
        assertThat(viewsOf(id)).containsExactly("syt " + start);

        // someone else's view is theirs; ten minutes after the last row the same person's view is a new row
        viewAt(id, homeAffairs, start.plusSeconds(30));
        Instant later = start.plus(Duration.ofMinutes(10)).plusSeconds(1);
        viewAt(id, health, later);
        viewAt(id, health, later.plusSeconds(5));
        assertThat(viewsOf(id)).containsExactly("syt " + start, "snv " + start.plusSeconds(30), "syt " + later);
    }

    @Test
    void downloadingAFileOfTheDossierIsAView() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lường Thị Tải Tệp");
        long attachment = fixtures.reload(d, "vanthu.bvdk").getAttachments().get(0).getId();

        mvc.perform(get("/dossiers/{id}/attachments/{a}", d.getId(), attachment).with(user(fixtures.user("vanthu.bvdk"))))
                .andExpect(status().isOk());
        assertThat(viewsOf(d.getId())).isEmpty();

        mvc.perform(get("/dossiers/{id}/attachments/{a}", d.getId(), attachment).with(user(fixtures.user("syt"))))
                .andExpect(status().isOk());
        assertThat(viewsOf(d.getId())).singleElement().asString().startsWith("syt ");
    }

    @Test
    void downloadingASubmissionsPdfOrSpreadsheetIsAViewOfEachDossierInIt() throws Exception {
        Dossier first = fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Cầm Văn Tờ Trình");
        Dossier second = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lò Thị Danh Sách");
        SubmissionView submission = fixtures.sent("syt", first, second);

        mvc.perform(get("/documents/submissions/{id}/submission.pdf", submission.id()).with(user(fixtures.user("snv"))))
                .andExpect(status().isOk());
        assertThat(viewsOf(first.getId())).singleElement().asString().startsWith("snv ");
        assertThat(viewsOf(second.getId())).singleElement().asString().startsWith("snv ");

        mvc.perform(get("/documents/submissions/{id}/list.xlsx", submission.id()).with(user(fixtures.user("syt"))))
                .andExpect(status().isOk());
        assertThat(viewsOf(first.getId())).hasSize(2).last().asString().startsWith("syt ");
        assertThat(viewsOf(second.getId())).hasSize(2).last().asString().startsWith("syt ");
    }

    @Test
    void aDocumentIsMadeBesideTheViewsItCountsAndOneThatFailsLeavesNoView() {
        long id = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Điêu Thị Song Song").getId();
        Actor health = fixtures.actor("syt");
        Instant at = Instant.parse("2026-03-02T02:00:00Z");
        Thread caller = Thread.currentThread();

        // made on another thread, returned to the caller once the view is written
        String made = transactions.execute(tx -> views.recordWhile(List.of(dossiers.get(id, health)), health, at,
                () -> Thread.currentThread() == caller ? "same thread" : "beside"));
        assertThat(made).isEqualTo("beside");
        assertThat(viewsOf(id)).containsExactly("syt " + at);

        // the document fails: its own exception reaches the caller and the transaction keeps no view of it
        Instant later = at.plus(Duration.ofHours(1));
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> views.recordWhile(
                List.of(dossiers.get(id, health)), health, later, () -> {
                    throw new IllegalStateException("the layout failed");
                })))
                .isInstanceOf(IllegalStateException.class).hasMessage("the layout failed");
        assertThat(viewsOf(id)).containsExactly("syt " + at);
    }

    /** The actor saw the dossier at that instant (it is read as the department, which may see it). */
    private void viewAt(long id, Actor actor, Instant at) {
        transactions.executeWithoutResult(tx -> views.record(dossiers.get(id, fixtures.actor("syt")), actor, at));
    }

    /** The dossier's VIEW rows as "who when", in order. */
    private List<String> viewsOf(long id) {
        return jdbc.sql("select actor_username, occurred_at from dossier_event where dossier_id = ? and action = 'VIEW' order by chain_seq")
                .param(id)
                .query((rs, n) -> rs.getString(1) + " " + rs.getTimestamp(2).toInstant())
                .list();
    }
}
