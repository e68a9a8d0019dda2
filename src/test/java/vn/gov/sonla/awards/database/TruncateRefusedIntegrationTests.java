package vn.gov.sonla.awards.database;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.support.RuntimeRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every table whose rows never change once written (found by its trigger refusing UPDATE and DELETE) refuses
 * TRUNCATE too — as the owner (the superuser the tests connect as) and as the runtime role, even one given the
 * TRUNCATE privilege. Each attempt runs in a
 * transaction that is rolled back, so a guard that is missing fails this test without emptying the shared database.
 */
@IntegrationTest
class TruncateRefusedIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void everyTableThatRefusesUpdateAndDeleteRefusesTruncate() throws Exception {
        List<String> immutable = immutableTables();
        assertThat(immutable).contains("dossier_event", "dossier_snapshot", "award_decision", "certificate",
                "decision_publication", "audit_checkpoint");

        for (String table : immutable) {
            assertRefused(dataSource, table);
        }
        RuntimeRole.connect(jdbc, dataSource);
        DataSource runtime = RuntimeRole.dataSource(dataSource);
        try {
            // the runtime role has no TRUNCATE privilege; the guards must hold even when a DBA grants it by mistake
            jdbc.sql("grant truncate on all tables in schema public to " + RuntimeRole.NAME).update();
            for (String table : immutable) {
                assertRefused(runtime, table);
            }
        } finally {
            jdbc.sql("revoke truncate on all tables in schema public from " + RuntimeRole.NAME).update();
        }
    }

    private List<String> immutableTables() {
        return jdbc.sql("""
                select distinct c.relname
                  from pg_trigger t
                  join pg_class c on c.oid = t.tgrelid
                  join pg_proc p on p.oid = t.tgfoid
                 where not t.tgisinternal
                   and p.proname in ('awards_refuse_change', 'refuse_change_of_issued_record')
                   and t.tgtype & 1 = 1        -- for each row
                   and t.tgtype & 24 = 24      -- on update and on delete
                 order by c.relname""").query(String.class).list();
    }

    private static void assertRefused(DataSource dataSource, String table) throws Exception {
        try (SingleConnectionDataSource one = new SingleConnectionDataSource(dataSource.getConnection(), true)) {
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(one));
            JdbcClient client = JdbcClient.create(one);
            String who = client.sql("select current_user").query(String.class).single();
            assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                status.setRollbackOnly();
                // cascade: the tables that reference it go too, but the guard of the table named comes first
                client.sql("truncate " + table + " cascade").update();
            })).as("TRUNCATE %s as %s", table, who)
                    .rootCause().message().matches("(?s).*\\b" + table + " (is append-only|rows are immutable).*");
        }
    }
}
