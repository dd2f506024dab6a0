package cl.circuito.shared;

import jakarta.servlet.Filter;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The database's sessions, written only when something changed. Spring Session marks a session changed on every
 * request just to move its last access forward, which cost an UPDATE per page view; here the last access moves
 * only once it is {@link #RESOLUTION} old. An idle session therefore ends between 30 and 31 minutes after the
 * last page, instead of exactly 30. Attributes (the signed-in user, the CSRF token, a flash message) are written
 * as before, when they change.
 *
 * <p>Spring Session also reads the session again right after saving it at the end of each request, only to learn
 * that it is still valid: the session just saved is answered instead, within the same request only
 * ({@link #scope}, a filter around Spring Session's).
 */
final class SessionTouches implements SessionRepository<SessionTouches.Touched> {

    static final Duration RESOLUTION = Duration.ofMinutes(1);

    private static final ThreadLocal<Touched> JUST_SAVED = new ThreadLocal<>();

    private final SessionRepository<Session> sessions;

    @SuppressWarnings({"unchecked", "rawtypes"})
    SessionTouches(SessionRepository<? extends Session> sessions) {
        this.sessions = (SessionRepository) sessions; // it only ever receives back the sessions it gave out
    }

    @Override
    public Touched createSession() {
        return new Touched(sessions.createSession());
    }

    @Override
    public void save(Touched session) {
        sessions.save(session.session);
        JUST_SAVED.set(session);
    }

    @Override
    public Touched findById(String id) {
        Touched saved = JUST_SAVED.get();
        if (saved != null && saved.getId().equals(id)) {
            return saved;
        }
        Session found = sessions.findById(id);
        return found == null ? null : new Touched(found);
    }

    @Override
    public void deleteById(String id) {
        JUST_SAVED.remove();
        sessions.deleteById(id);
    }

    /** Forgets the session saved by a request once the request is over, whatever happened in it. */
    static Filter scope() {
        return (request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            } finally {
                JUST_SAVED.remove();
            }
        };
    }

    /** A session whose last access moves forward only by whole {@link #RESOLUTION}s. */
    static final class Touched implements Session {

        private final Session session;

        Touched(Session session) {
            this.session = session;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(session.getLastAccessedTime().plus(RESOLUTION))) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
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
