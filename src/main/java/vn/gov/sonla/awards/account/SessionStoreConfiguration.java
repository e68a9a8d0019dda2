package vn.gov.sonla.awards.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * How sessions are written to PostgreSQL.
 * <ul>
 *   <li>A session's new attribute is written only while the session is still stored, and written over when a
 *       parallel request of the same session wrote it first: a request in flight when its session was ended (sign out
 *       everywhere, deactivation, on any instance) or two tabs saving the same attribute then end normally instead of
 *       failing on the attributes' foreign key or primary key.</li>
 *   <li>Every request sets its session's last access time, and Spring Session writes the session row back each time:
 *       one row update, and a commit that waits for the disk, on every page read. The update here writes the row only
 *       when its id, principal or idle timeout changed, or when the stored last access is at least
 *       {@code awards.session.last-access-write-every} old; a page read otherwise writes nothing. The stored expiry
 *       then lags the real last access by at most that interval, so a session idle for the whole timeout may end up
 *       to that much early, never late.</li>
 *   <li>Session statements run without a transaction of their own: each is one statement, committed by itself,
 *       instead of an entity manager and a transaction opened twice per request by the application's JPA transaction
 *       manager. Inside an application transaction (sign out everywhere) they still take part in it. A session is the
 *       sign-in state, not a record: an attribute write lost between two statements costs at most a new CSRF token.
 *       </li>
 * </ul>
 * The statements keep Spring Session's parameters in its order (id, last access, idle timeout, expiry, principal,
 * primary id for the update).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            SELECT v.id, v.name, v.bytes FROM (VALUES (?, ?, ?)) AS v (id, name, bytes)
            WHERE EXISTS (SELECT 1 FROM %TABLE_NAME% s WHERE s.PRIMARY_ID = v.id)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    static String updateSessionQuery(long writeEveryMillis) {
        return """
                UPDATE %%TABLE_NAME%% s
                SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access, MAX_INACTIVE_INTERVAL = v.max_inactive,
                    EXPIRY_TIME = v.expiry, PRINCIPAL_NAME = v.principal
                FROM (VALUES (?, ?, ?, ?, ?, ?)) AS v (session_id, last_access, max_inactive, expiry, principal, primary_id)
                WHERE s.PRIMARY_ID = v.primary_id
                AND (v.last_access - s.LAST_ACCESS_TIME >= %d OR s.SESSION_ID <> v.session_id
                     OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal)
                """.formatted(writeEveryMillis);
    }

    /** Taken by Spring Session by this name; not a candidate for the application's own transaction templates. */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations() {
        return TransactionOperations.withoutTransaction();
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> storedSessionWrites(AccountProperties properties) {
        long writeEvery = properties.session().lastAccessWriteEvery().toMillis();
        return sessions -> {
            sessions.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
            sessions.setUpdateSessionQuery(updateSessionQuery(writeEvery));
        };
    }
}
