package vn.gov.sonla.awards.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.dossier.internal.Dossier;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history anchored outside the database: the daily checkpoint (number of events, hash of the last one) is
 * recorded once a day, kept append-only and shown to the auditor; a superuser who rewrites an event and recomputes
 * every later hash with the database's own digest function passes the plain chain check, but not a check against a
 * checkpoint noted before. Checkpoints are recorded on days far in the future, one day per test, since the table
 * refuses to forget them; every tampering is undone.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AuditCheckpointsIntegrationTests {

    @Autowired AuditCheckpoints checkpoints;
    @Autowired AuditChain chain;
    @Autowired VerifyAuditCommand command;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;
    @Autowired MockMvc mvc;

    @Test
    void aCheckpointIsRecordedOnceADayKeptAndShownToTheAuditor() throws Exception {
        fixtures.aDraft("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Mè Văn Điểm Mốc");
        // 00:30 on 16 January 2040 in the province
        AuditCheckpoints.Checkpoint checkpoint = checkpoints.record(Instant.parse("2040-01-15T17:30:00Z")).orElseThrow();

        assertThat(checkpoint.takenOn()).isEqualTo(LocalDate.of(2040, 1, 16));
        assertThat(checkpoint.eventCount()).isEqualTo(jdbc.sql("select count(*) from dossier_event").query(Long.class).single());
        assertThat(checkpoint.headHash()).isEqualTo(jdbc.sql(
                "select encode(hash, 'hex') from dossier_event order by chain_seq desc limit 1").query(String.class).single());
        assertThat(checkpoints.record(Instant.parse("2040-01-16T10:00:00Z"))).as("one a day").isEmpty();
        assertThat(checkpoints.recent(31)).contains(checkpoint);

        mvc.perform(get("/admin/audit").with(user(fixtures.user("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(checkpoint.headHash())))
                .andExpect(content().string(containsString("Điểm mốc hằng ngày")));

        assertThatThrownBy(() -> jdbc.sql("update audit_checkpoint set event_count = 1").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_checkpoint").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void aHistoryRewrittenWithRecomputedHashesPassesTheChainButNotTheCheckpoint() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Cầm Văn Viết Lại");
        AuditCheckpoints.Checkpoint checkpoint = checkpoints.record(Instant.parse("2040-02-10T03:00:00Z")).orElseThrow();
        fixtures.aDraft("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Thị Sau Mốc");
        long position = jdbc.sql("select chain_seq from dossier_event where dossier_id = ? and action = 'SUBMIT'")
                .param(d.getId()).query(Long.class).single();
        String anchor = checkpoint.anchor();
        String note = jdbc.sql("select note from dossier_event where chain_seq = ?").param(position)
                .query((rs, n) -> rs.getString(1)).list().get(0);

        rewrite(position, "Đã được lãnh đạo đồng ý trước");
        try {
            assertThat(chain.verify().intact()).as("the chain alone cannot tell").isTrue();

            AuditChain.Verdict verdict = chain.verify(List.of(AuditChain.Anchor.parse(anchor)));
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.problem()).isEqualTo(AuditChain.Problem.CHECKPOINT_MISMATCH);
            assertThat(verdict.brokenPosition()).isEqualTo(checkpoint.eventCount());

            command.run(new DefaultApplicationArguments("--verify-audit", "--expect=" + anchor));
            assertThat(command.getExitCode()).isEqualTo(1);

            mvc.perform(post("/admin/audit/verify").with(user(fixtures.user("admin"))).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("verdict", verdict));
        } finally {
            rewrite(position, note);
        }
        assertThat(chain.verify(checkpoints.anchors()).intact()).isTrue();
        command.run(new DefaultApplicationArguments("--verify-audit", "--expect=" + anchor));
        assertThat(command.getExitCode()).isZero();
    }

    @Test
    void eventsCutOffTheEndOrAnUnreadableCheckpointFailTheCheck() {
        AuditChain.Verdict now = chain.verify();
        AuditChain.Verdict verdict = chain.verify(List.of(new AuditChain.Anchor(now.checked() + 3, now.lastHash())));
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.problem()).isEqualTo(AuditChain.Problem.CHECKPOINT_BEYOND_END);
        assertThat(verdict.brokenPosition()).isEqualTo(now.checked() + 3);

        command.run(new DefaultApplicationArguments("--verify-audit", "--expect=12:not-a-hash"));
        assertThat(command.getExitCode()).isEqualTo(2);
        command.run(new DefaultApplicationArguments("--verify-audit", "--expect=" + now.checked() + ":" + now.lastHash()));
        assertThat(command.getExitCode()).isZero();
    }

    /**
     * What a superuser can do: change one event's note and recompute its hash and every later one with the
     * database's own digest function, triggers disabled meanwhile.
     */
    private void rewrite(long position, String note) {
        jdbc.sql("alter table dossier_event disable trigger user").update();
        try {
            jdbc.sql("update dossier_event set note = ? where chain_seq = ?").param(note).param(position).update();
            jdbc.sql("""
                    do $$
                    declare
                        e    record;
                        prev bytea;
                    begin
                        select hash into prev from dossier_event where chain_seq = %d - 1;
                        for e in select * from dossier_event where chain_seq >= %d order by chain_seq loop
                            update dossier_event
                               set prev_hash = prev,
                                   hash = awards_dossier_event_digest(prev, e.dossier_id, e.occurred_at, e.actor_username,
                                              e.actor_name, e.actor_unit_name, e.action, e.from_status, e.to_status, e.note)
                             where id = e.id
                            returning hash into prev;
                        end loop;
                    end
                    $$""".formatted(position, position)).update();
        } finally {
            jdbc.sql("alter table dossier_event enable trigger user").update();
        }
    }
}
