package vn.gov.sonla.awards.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The stored sessions as the request filter sees them: a request that changed nothing of its session but the last
 * access time writes nothing, unless the stored last access is at least {@code writeEvery} old. Reading a page then
 * costs one read of its session and no statement that writes. A session's id, attributes and idle timeout are written
 * as before, on the request that changed them.
 */
final class QuietSessionRepository implements SessionRepository<QuietSessionRepository.TrackedSession> {

    private final SessionRepository<Session> stored;
    private final Duration writeEvery;

    @SuppressWarnings("unchecked")
    QuietSessionRepository(SessionRepository<? extends Session> stored, Duration writeEvery) {
        this.stored = (SessionRepository<Session>) stored;
        this.writeEvery = writeEvery;
    }

    @Override
    public TrackedSession createSession() {
        return new TrackedSession(stored.createSession(), null);
    }

    @Override
    public void save(TrackedSession session) {
        if (session.storedLastAccess != null && !session.changed
                && session.getLastAccessedTime().isBefore(session.storedLastAccess.plus(writeEvery))) {
            return;
        }
        stored.save(session.session);
        session.changed = false;
        session.storedLastAccess = session.getLastAccessedTime();
    }

    @Override
    public TrackedSession findById(String id) {
        Session found = stored.findById(id);
        return found == null ? null : new TrackedSession(found, found.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        stored.deleteById(id);
    }

    /** A stored session that knows whether anything but its last access time changed since it was read. */
    static final class TrackedSession implements Session {

        private final Session session;
        private Instant storedLastAccess;
        private boolean changed;

        private TrackedSession(Session session, Instant storedLastAccess) {
            this.session = session;
            this.storedLastAccess = storedLastAccess;
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
