package cl.circuito.letters;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the oficios told about each entry, for the ledger of a court order (issue 18): which of the waiting list's
 * facts a letter states (the decision, an estimated date, the admission), and how far it went (drafted, issued,
 * sent), with its number and dates. Discarded drafts said nothing and are left out; a disposed-of letter was issued
 * (and sent if its sending was recorded). The caller passes the entries the asker may see and audits the read.
 */
@Service
@Transactional(readOnly = true)
public class CourtLetters {

    /** The fact a letter states about the child. */
    public enum Told {
        /** Not eligible (the decision that takes the child off the list). */
        DECISION,
        /** The estimated admission date, first or updated (it also tells the court the child was found eligible). */
        ESTIMATE,
        /** The effective admission. */
        ADMISSION,
        /** Anything else: a change in the protection situation, a judicial request. */
        OTHER
    }

    /** How far the letter went. */
    public enum Stage {
        DRAFT,
        ISSUED,
        SENT
    }

    /** One letter about one entry; {@code number} and {@code year} only once issued, {@code sentOn} once sent. */
    public record ToldLetter(UUID letterId, UUID entryId, Told told, Stage stage, Integer number, Integer year,
                             LocalDate draftedOn, LocalDate issuedOn, LocalDate sentOn) {
    }

    /** PostgreSQL takes at most 65,535 parameters in a statement: a nation's report asks in parts. */
    private static final int PART = 5_000;

    private final JdbcClient jdbc;

    CourtLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The letters about these entries, oldest first. */
    public List<ToldLetter> about(Actor actor, Collection<UUID> entryIds) {
        actor.require(Permission.READ_CHILD_RECORDS);
        List<UUID> ids = List.copyOf(entryIds);
        List<ToldLetter> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += PART) {
            found.addAll(jdbc.sql("""
                    select l.id, lc.entry_id, l.kind, l.status, l.number, l.year, l.issued_on, l.sent_on,
                           cast(l.created_at at time zone 'America/Santiago' as date) as drafted_on
                      from letter l join letter_child lc on lc.letter_id = l.id
                     where lc.entry_id in (:entries) and l.status <> 'DISCARDED'
                     order by l.created_at, l.id""")
                    .param("entries", ids.subList(from, Math.min(ids.size(), from + PART)))
                    .query((rs, n) -> new ToldLetter(rs.getObject("id", UUID.class),
                            rs.getObject("entry_id", UUID.class), told(rs.getString("kind")),
                            stage(rs.getString("status"), rs.getObject("sent_on") != null),
                            rs.getObject("number", Integer.class), rs.getObject("year", Integer.class),
                            rs.getObject("drafted_on", LocalDate.class), rs.getObject("issued_on", LocalDate.class),
                            rs.getObject("sent_on", LocalDate.class)))
                    .list());
        }
        return found;
    }

    private static Told told(String kind) {
        return switch (kind) {
            case "NOT_ELIGIBLE" -> Told.DECISION;
            case "ESTIMATED_DATE", "ESTIMATED_DATE_UPDATE" -> Told.ESTIMATE;
            case "EFFECTIVE_ADMISSION" -> Told.ADMISSION;
            default -> Told.OTHER;
        };
    }

    private static Stage stage(String status, boolean sent) {
        return switch (status) {
            case "DRAFT" -> Stage.DRAFT;
            case "SENT" -> Stage.SENT;
            default -> sent ? Stage.SENT : Stage.ISSUED;
        };
    }
}
