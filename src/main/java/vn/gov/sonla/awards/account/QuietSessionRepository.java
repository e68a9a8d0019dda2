package vn.gov.sonla.awards.account;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The stored sessions as the request filter sees them: a request that changed nothing of its session but the last
 * access time writes nothing, unless the stored last access is at least {@code writeEvery} old. A session's id,
 * attributes and idle timeout are written as before, on the request that changed them.
 * <p>
 * Within one request ({@link RequestScope}) a session is read once: Spring Session's filter commits the session when
 * the response is committed and again when the request ends, and after the first commit it reads the session again
 * only to learn its id. Reading a page then costs one statement for its session.
 */
final class QuietSessionRepository implements SessionRepository<QuietSessionRepository.TrackedSession> {

    private static final ThreadLocal<Map<String, TrackedSession>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

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
        Map<String, TrackedSession> read = READ_IN_THIS_REQUEST.get();
        TrackedSession known = read == null ? null : read.get(id);
        if (known != null) {
            return known;
        }
        Session found = stored.findById(id);
        if (found == null) {
            return null;
        }
        TrackedSession session = new TrackedSession(found, found.getLastAccessedTime());
        if (read != null) {
            read.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, TrackedSession> read = READ_IN_THIS_REQUEST.get();
        if (read != null) {
            read.remove(id);
        }
        stored.deleteById(id);
    }

    /** Placed just outside Spring Session's filter: the sessions read by one request are forgotten when it ends. */
    static final class RequestScope extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            READ_IN_THIS_REQUEST.set(new HashMap<>(2));
            try {
                chain.doFilter(request, response);
            } finally {
                READ_IN_THIS_REQUEST.remove();
            }
        }
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
