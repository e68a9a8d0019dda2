package vn.gov.sonla.awards.account;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions as stored in PostgreSQL (Spring Session JDBC), shared by every instance. When an account's
 * credentials version changes (password, sign out everywhere, role or unit, deactivation) its stored sessions are
 * removed at once, so no instance serves them any more; {@link AccountSessionFilter} still refuses a session whose
 * version is stale, which also covers a change made while a request of that session was in flight. A run without a
 * web server (command-line tasks) has no session store, and nothing to end.
 */
@Component
class StoredSessions {

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

    StoredSessions(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
        this.sessions = sessions;
    }

    /** Removes every stored session of the username but the one named {@code keep} (may be null). */
    void endAllOf(String username, String keep) {
        sessions.ifAvailable(store -> store
                .findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username)
                .keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(store::deleteById));
    }

    /** Every ten minutes, on one instance: forgets the sessions whose idle timeout has passed. */
    @Scheduled(cron = "${awards.session.cleanup-cron:0 */10 * * * *}")
    @SchedulerLock(name = "expired-sessions")
    void removeExpired() {
        sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
    }
}
