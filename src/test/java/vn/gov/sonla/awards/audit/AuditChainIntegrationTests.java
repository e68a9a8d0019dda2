package vn.gov.sonla.awards.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hash chain: intact after real work (also when transactions append concurrently), and a tampered or
 * forged row is found — by the service, the command and the administrator's page. Tampering needs the
 * superuser to disable the triggers; every test puts the table back as it was, so the chain stays intact
 * for the other tests sharing the database.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AuditChainIntegrationTests {

    @Autowired AuditChain chain;
    @Autowired VerifyAuditCommand command;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;
    @Autowired MockMvc mvc;

    @Test
    void theChainOfRealWorkIsIntact() {
        fixtures.anAcceptedDossier("vanthu.bvdk", "syt", "COVID19", "Tòng Văn Nguyên Vẹn");
        AuditChain.Verdict verdict = chain.verify();
        assertThat(verdict.intact()).as(verdict.describe()).isTrue();
        assertThat(verdict.checked()).isEqualTo(jdbc.sql("select count(*) from dossier_event").query(Long.class).single());
        assertThat(verdict.lastHash()).isEqualTo(jdbc.sql(
                "select encode(hash, 'hex') from dossier_event order by chain_seq desc limit 1").query(String.class).single());
    }

    @Test
    void concurrentTransactionsDoNotForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Dossier>> work = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String clerk = i % 2 == 0 ? "vanthu.bvdk" : "vanthu.maison";
                int n = i;
                work.add(() -> fixtures.aSubmittedDossier(clerk, "COVID19", "CHAIRMAN_CERTIFICATE", "Song Song " + n));
            }
            for (Future<Dossier> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        AuditChain.Verdict verdict = chain.verify();
        assertThat(verdict.intact()).as(verdict.describe()).isTrue();
        assertThat(jdbc.sql("select count(*) = count(distinct prev_hash) + 1 from dossier_event").query(Boolean.class).single())
                .as("every event but the first follows a different predecessor").isTrue();
    }

    @Test
    void aTamperedEventIsTheFirstBrokenLink() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Hà Văn Giả Mạo");
        long submitEvent = jdbc.sql("select id from dossier_event where dossier_id = ? and action = 'SUBMIT'")
                .param(d.getId()).query(Long.class).single();
        long position = jdbc.sql("select chain_seq from dossier_event where id = ?").param(submitEvent).query(Long.class).single();
        String actor = jdbc.sql("select actor_username from dossier_event where id = ?").param(submitEvent).query(String.class).single();
        try {
            asSuperuserWithoutGuards("update dossier_event set actor_username = 'syt' where id = " + submitEvent);

            AuditChain.Verdict verdict = chain.verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenEventId()).isEqualTo(submitEvent);
            assertThat(verdict.brokenPosition()).isEqualTo(position);
            assertThat(verdict.problem()).isEqualTo(AuditChain.Problem.CONTENT_CHANGED);
            assertThat(verdict.checked()).isEqualTo(position - 1);

            command.run(new DefaultApplicationArguments("--verify-audit"));
            assertThat(command.getExitCode()).isEqualTo(1);

            mvc.perform(post("/admin/audit/verify").with(user(fixtures.user("admin"))).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("verdict", verdict));
        } finally {
            asSuperuserWithoutGuards("update dossier_event set actor_username = '" + actor + "' where id = " + submitEvent);
        }
        assertThat(chain.verify().intact()).isTrue();
        command.run(new DefaultApplicationArguments("--verify-audit"));
        assertThat(command.getExitCode()).isZero();
    }

    @Test
    void aForgedEventWithAMadeUpHashIsFound() {
        Dossier d = fixtures.aDraft("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Chen Ngang");
        long lastSeq = jdbc.sql("select max(chain_seq) from dossier_event").query(Long.class).single();
        String lastHash = jdbc.sql("select encode(hash, 'hex') from dossier_event where chain_seq = ?").param(lastSeq)
                .query(String.class).single();
        try {
            // a forger who links to the real last hash but cannot produce the right hash of the fields
            asSuperuserWithoutGuards("""
                    insert into dossier_event (dossier_id, occurred_at, actor_username, actor_name, actor_unit_name, action,
                                               from_status, to_status, note, chain_seq, prev_hash, hash)
                    values (%d, now(), 'vpubnd', 'Cầm Thị Thu', 'Văn phòng UBND tỉnh', 'APPROVE', 'AT_CHAIRMAN', 'APPROVED',
                            null, %d, decode('%s', 'hex'), sha256('forged'::bytea))""".formatted(d.getId(), lastSeq + 1, lastHash));
            AuditChain.Verdict verdict = chain.verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenPosition()).isEqualTo(lastSeq + 1);
            assertThat(verdict.problem()).isEqualTo(AuditChain.Problem.CONTENT_CHANGED);
        } finally {
            asSuperuserWithoutGuards("delete from dossier_event where chain_seq = " + (lastSeq + 1));
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEventBreaksTheLinkOfTheNextOne() {
        Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Thị Mất Dấu");
        var created = jdbc.sql("select * from dossier_event where dossier_id = ? and action = 'CREATE'").param(d.getId())
                .query().singleRow();
        long submitEvent = jdbc.sql("select id from dossier_event where dossier_id = ? and action = 'SUBMIT'")
                .param(d.getId()).query(Long.class).single();
        try {
            asSuperuserWithoutGuards("delete from dossier_event where id = " + created.get("id"));
            AuditChain.Verdict verdict = chain.verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.problem()).isIn(AuditChain.Problem.MISSING_EVENTS, AuditChain.Problem.LINK_MISMATCH);
            assertThat(verdict.brokenEventId()).isGreaterThan((Long) created.get("id"));
            assertThat(verdict.brokenEventId()).isLessThanOrEqualTo(submitEvent);
        } finally {
            jdbc.sql("alter table dossier_event disable trigger user").update();
            try {
                jdbc.sql("""
                        insert into dossier_event (id, dossier_id, occurred_at, actor_username, actor_name, actor_unit_name,
                                                   action, from_status, to_status, note, chain_seq, prev_hash, hash)
                        values (:id, :dossier_id, :occurred_at, :actor_username, :actor_name, :actor_unit_name, :action,
                                :from_status, :to_status, :note, :chain_seq, :prev_hash, :hash)""")
                        .params(created).update();
            } finally {
                jdbc.sql("alter table dossier_event enable trigger user").update();
            }
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void theJavaHashIsTheDatabaseHash() {
        byte[] prev = HexFormat.of().parseHex("00ff10ab".repeat(8));
        Instant at = Instant.parse("2021-09-16T03:04:05.123456Z");
        String note = "Lý do: bổ sung «xác nhận» 👍 | 3:x ~";
        byte[] database = jdbc.sql("""
                select awards_dossier_event_digest(?, 42, ?::timestamptz, 'syt', 'Hoàng Văn Nam', 'Sở Y tế', 'RETURN',
                                                   'SUBMITTED', 'RETURNED', ?)""")
                .param(prev).param(at.toString()).param(note).query(byte[].class).single();
        assertThat(AuditChain.digest(prev, 42, at, "syt", "Hoàng Văn Nam", "Sở Y tế", "RETURN", "SUBMITTED", "RETURNED", note))
                .isEqualTo(database);
        byte[] genesis = jdbc.sql("""
                select awards_dossier_event_digest(null, 1, ?::timestamptz, 'a', 'b', 'c', 'CREATE', null, 'DRAFT', null)""")
                .param(at.toString()).query(byte[].class).single();
        assertThat(AuditChain.digest(null, 1, at, "a", "b", "c", "CREATE", null, "DRAFT", null)).isEqualTo(genesis);
        assertThat(AuditChain.digest(null, 1, at, "a", "b", "c", "CREATE", null, "DRAFT", "")).isNotEqualTo(genesis);
    }

    @Test
    void theAuditPageIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/audit").with(user(fixtures.user("admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("verify-chain")));
        for (String other : List.of("vanthu.bvdk", "syt", "snv", "vpubnd")) {
            mvc.perform(get("/admin/audit").with(user(fixtures.user(other)))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/audit/verify").with(user(fixtures.user(other))).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theAdministratorSearchesEventsByDossierUserActionAndTime() throws Exception {
        Dossier d = fixtures.anAcceptedDossier("vanthu.viettel", "stttt", "SONG_MAY_TINH", "Đèo Văn Tìm Thấy");
        var admin = user(fixtures.user("admin"));
        mvc.perform(get("/admin/audit").param("dossier", d.getId().toString()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đèo Văn Tìm Thấy")))
                // created, three sections, two files, submitted, accepted
                .andExpect(content().string(containsString("Tìm thấy 8 sự kiện")));
        mvc.perform(get("/admin/audit").param("dossier", d.getId().toString()).param("user", "stttt")
                        .param("action", "ACCEPT").param("from", "2021-01-01").with(admin))
                .andExpect(content().string(containsString("Tìm thấy 1 sự kiện")));
        mvc.perform(get("/admin/audit").param("dossier", d.getId().toString()).param("to", "2021-01-01").with(admin))
                .andExpect(content().string(containsString("Tìm thấy 0 sự kiện")));
        mvc.perform(get("/admin/audit").param("dossier", "abc").with(admin)).andExpect(status().isNotFound());
    }

    private void asSuperuserWithoutGuards(String sql) {
        jdbc.sql("alter table dossier_event disable trigger user").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table dossier_event enable trigger user").update();
        }
    }
}
