package vn.gov.sonla.awards.audit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.support.RuntimeRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The history is append-only because PostgreSQL says so, not only because the code never tries: through
 * plain JDBC, neither the owner of the table (the superuser the tests connect as) nor a runtime role set up
 * the way production should be can UPDATE, DELETE or TRUNCATE an event — while the runtime role can still
 * read and append.
 */
@IntegrationTest
class AppendOnlyHistoryIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired Fixtures fixtures;

    long eventId;
    long dossierId;

    @BeforeEach
    void anEventExists() {
        Dossier d = fixtures.aDraft("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Quàng Văn Bất Biến");
        dossierId = d.getId();
        eventId = jdbc.sql("select max(id) from dossier_event where dossier_id = ?").param(dossierId).query(Long.class).single();
    }

    @Test
    void theOwnerCannotUpdateDeleteOrTruncateEvents() {
        assertThatThrownBy(() -> jdbc.sql("update dossier_event set note = 'sửa lén' where id = ?").param(eventId).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from dossier_event where id = ?").param(eventId).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate dossier_event cascade").update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select note is null from dossier_event where id = ?").param(eventId).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void snapshotsAreAppendOnlyToo() {
        fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Lường Thị Nguyên Trạng");
        assertThatThrownBy(() -> jdbc.sql("update dossier_snapshot set content = '{}'::jsonb").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from dossier_snapshot").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate dossier_snapshot").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void theRuntimeRoleMayReadAndAppendButNotChangeEvents() throws Exception {
        JdbcClient runtime = RuntimeRole.connect(jdbc, dataSource);
        assertThat(runtime.sql("select current_user").query(String.class).single()).isEqualTo(RuntimeRole.NAME);

        assertThat(runtime.sql("select count(*) from dossier_event where dossier_id = ?").param(dossierId)
                .query(Long.class).single()).isEqualTo(1);
        runtime.sql("""
                insert into dossier_event (dossier_id, occurred_at, actor_username, actor_name, actor_unit_name, action,
                                           from_status, to_status)
                values (?, now(), 'vanthu.bvdk', 'Nguyễn Thị Lan', 'Bệnh viện', 'EDIT', 'DRAFT', 'DRAFT')""")
                .param(dossierId).update();
        // ordinary tables stay writable for the application
        runtime.sql("update dossier set status_changed_at = status_changed_at where id = ?").param(dossierId).update();

        assertThatThrownBy(() -> runtime.sql("update dossier_event set note = 'x' where id = ?").param(eventId).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> runtime.sql("delete from dossier_event where id = ?").param(eventId).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> runtime.sql("truncate dossier_event").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> runtime.sql("alter table dossier_event disable trigger dossier_event_append_only").update())
                .rootCause().hasMessageContaining("must be owner");
        assertThat(jdbc.sql("select count(*) from dossier_event where dossier_id = ?").param(dossierId)
                .query(Long.class).single()).isEqualTo(2);
    }
}
