package cl.circuito.shared;

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
 */
final class SessionTouches implements SessionRepository<SessionTouches.Touched> {

    static final Duration RESOLUTION = Duration.ofMinutes(1);

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
    }

    @Override
    public Touched findById(String id) {
        Session found = sessions.findById(id);
        return found == null ? null : new Touched(found);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
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
