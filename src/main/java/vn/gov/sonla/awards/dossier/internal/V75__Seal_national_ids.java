package vn.gov.sonla.awards.dossier.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Seals the nominees' ID card numbers stored in clear so far ({@link NationalIdCipher}): in the dossiers (the column
 * is renamed {@code nominee_national_id_sealed}, and the keyed hash the database compares is a generated column
 * {@code nominee_national_id_hash}, indexed) and in the frozen copies. A Java migration because only
 * the application holds the key; a Spring bean, so Flyway gets it with the cipher.
 * <p>
 * The frozen copies are append-only: their trigger is lifted for this one update, inside the migration's
 * transaction and by the tables' owner, so that no ID card number stays readable in them; the copies are not part of
 * the hash chain of the history, which is untouched.
 */
@Component
public class V75__Seal_national_ids extends BaseJavaMigration {

    private final NationalIdCipher cipher;

    public V75__Seal_national_ids(NationalIdCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table dossier rename column nominee_national_id to nominee_national_id_sealed");
            ddl.execute("alter table dossier alter column nominee_national_id_sealed type varchar(200)");
        }
        sealPlainValues(db);
        try (Statement ddl = db.createStatement()) {
            // the hash is the sealed value's first part: the database compares it, and no writer can let it drift
            ddl.execute("""
                    alter table dossier add column nominee_national_id_hash varchar(43)
                        generated always as (case when nominee_national_id_sealed like '%.%'
                                                  then split_part(nominee_national_id_sealed, '.', 1) end) stored""");
            ddl.execute("""
                    create index dossier_national_id_hash_idx on dossier (nominee_national_id_hash)
                        where nominee_national_id_hash is not null""");
        }
    }

    /**
     * Seals every number still in clear, in the dossiers and in the frozen copies (whose append-only trigger is
     * lifted meanwhile, in this transaction); answers how many. Sealed values are left alone.
     */
    public int sealPlainValues(Connection db) throws SQLException {
        int sealed = seal(db, "select id, nominee_national_id_sealed from dossier where nominee_national_id_sealed !~ '[.]'",
                "update dossier set nominee_national_id_sealed = ? where id = ?");
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table dossier_snapshot disable trigger dossier_snapshot_append_only");
        }
        sealed += seal(db, "select id, content ->> 'nomineeNationalId' from dossier_snapshot "
                        + "where content ->> 'nomineeNationalId' !~ '[.]'",
                "update dossier_snapshot set content = jsonb_set(content, '{nomineeNationalId}', to_jsonb(cast(? as text))) "
                        + "where id = ?");
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table dossier_snapshot enable trigger dossier_snapshot_append_only");
        }
        return sealed;
    }

    private int seal(Connection db, String select, String update) throws SQLException {
        int count = 0;
        try (Statement read = db.createStatement();
             ResultSet rows = read.executeQuery(select);
             PreparedStatement write = db.prepareStatement(update)) {
            while (rows.next()) {
                write.setString(1, cipher.seal(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                count++;
            }
            write.executeBatch();
        }
        return count;
    }
}
