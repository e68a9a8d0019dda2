package vn.gov.sonla.awards.dossier.internal;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Vacuums the dossier table once after {@link V75__Seal_national_ids}: adding its generated column rewrote every row,
 * and a rewritten table has no page marked all-visible until it is vacuumed — which autovacuum does not start for
 * a table with no dead rows. Until then every count and list that PostgreSQL answers from an index alone (the lists'
 * "how many", the queues' pages) reads the table's pages too, several times slower. VACUUM cannot run inside a
 * transaction, so this migration runs outside one.
 */
@Component
public class V77__Vacuum_rewritten_dossiers extends BaseJavaMigration {

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("vacuum (analyze) dossier");
        }
    }
}
