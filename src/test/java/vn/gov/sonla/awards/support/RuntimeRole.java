package vn.gov.sonla.awards.support;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A login role that owns nothing, given the application's privileges the way the afterMigrate callback does: what
 * the application may do when it does not connect as the owner of the tables.
 */
public final class RuntimeRole {

    public static final String NAME = "awards_runtime_test";
    private static final String PASSWORD = "runtime-test-only";

    private RuntimeRole() {
    }

    /** A connection as the runtime role, the role created and granted by the tables' owner ({@code owner}). */
    public static JdbcClient connect(JdbcClient owner, DataSource ownersDataSource) throws java.sql.SQLException {
        owner.sql("""
                do $$ begin
                  if not exists (select 1 from pg_roles where rolname = '%s') then
                    create role %s login password '%s';
                  end if;
                end $$""".formatted(NAME, NAME, PASSWORD)).update();
        owner.sql("select awards_grant_runtime(?)").param(NAME).query((rs, n) -> 1).list();
        return JdbcClient.create(dataSource(ownersDataSource));
    }

    /** Connections as the runtime role (created and granted by {@link #connect} first) to the owner's database. */
    public static DataSource dataSource(DataSource ownersDataSource) throws java.sql.SQLException {
        // the embedded server's URL names its superuser in the query string: connect as the runtime role instead
        String url = ownersDataSource.unwrap(HikariDataSource.class).getJdbcUrl().replaceAll("\\?.*$", "");
        return new DriverManagerDataSource(url, NAME, PASSWORD);
    }
}
