package cl.circuito.waitinglist.entry.web;

import cl.circuito.shared.documents.FileSignatures;
import cl.circuito.waitinglist.entry.IncomingFile;
import jakarta.servlet.http.HttpSession;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

/**
 * The files of a referral form that came back to the user (a rule refused something, or the registry asked which
 * identity is right). A browser never re-fills a file input, so they are kept in the user's session under a token
 * the form carries, and attached when the referral is finally registered. Bounded by the upload limit.
 */
final class ReferralUploads {

    private static final String SESSION_KEY = ReferralUploads.class.getName();
    /** spring.servlet.multipart.max-request-size: never more than one request could bring. */
    private static final long MAX_KEPT_BYTES = 25L * 1024 * 1024;

    private ReferralUploads() {
    }

    private record Kept(String fileName, String contentType, byte[] bytes) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The files kept under this token (empty for none or an unknown token); they stay kept until forgotten. */
    static List<IncomingFile> kept(HttpSession session, String token) {
        List<Kept> kept = token == null ? null : store(session).get(token);
        return kept == null ? List.of() : kept.stream()
                .map(k -> new IncomingFile(k.fileName(), k.contentType(), k.bytes())).toList();
    }

    /**
     * Keeps these files (those already kept under the token and the new ones) under the same token, so an older
     * rendering of the form still finds them.
     *
     * @return the token to carry in the form, or null when there is nothing (or too much) to keep
     */
    static String keep(HttpSession session, String previousToken, List<IncomingFile> files) {
        long total = files.stream().mapToLong(f -> f.bytes() == null ? 0 : f.bytes().length).sum();
        if (files.isEmpty() || total > MAX_KEPT_BYTES) {
            forget(session, previousToken);
            return null;
        }
        HashMap<String, List<Kept>> store = store(session);
        String token = previousToken != null && store.containsKey(previousToken) ? previousToken
                : UUID.randomUUID().toString();
        store.put(token, new ArrayList<>(files.stream()
                .map(f -> new Kept(f.fileName(), f.declaredContentType(), f.bytes())).toList()));
        session.setAttribute(SESSION_KEY, store);
        return token;
    }

    static void forget(HttpSession session, String token) {
        HashMap<String, List<Kept>> store = store(session);
        if (token != null && store.remove(token) != null) {
            session.setAttribute(SESSION_KEY, store);
        }
    }

    /** The names to show next to the file input, cleaned as they will be stored. */
    static List<String> names(HttpSession session, String token) {
        return kept(session, token).stream().map(f -> FileSignatures.safeName(f.fileName(), "adjunto")).toList();
    }

    @SuppressWarnings("unchecked")
    private static HashMap<String, List<Kept>> store(HttpSession session) {
        Object store = session.getAttribute(SESSION_KEY);
        return store instanceof HashMap<?, ?> map ? (HashMap<String, List<Kept>>) map : new HashMap<>();
    }
}
