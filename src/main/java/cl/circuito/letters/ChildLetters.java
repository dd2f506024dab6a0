package cl.circuito.letters;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The oficios written about a child's entries, for the child's access document (Ley 21.719): number, kind, state,
 * date and addressee, never the text (the letter itself is in the program's register). The caller passes the
 * entries the asker may see; a letter about another entry is not listed.
 */
@Service
@Transactional(readOnly = true)
public class ChildLetters {

    /**
     * One oficio (its id names it in the audit trail): its number ("N° 12/2026", or that it has none yet), kind,
     * state, date and addressee, and whether it is about this child only (a monthly batch letter names several
     * children: its trail is not this child's).
     */
    public record LetterLine(UUID letterId, UUID entryId, String number, String kind, String status, LocalDate on,
                             String recipient, boolean aboutThisChildOnly) {
    }

    private final JdbcClient jdbc;
    private final Messages messages;

    ChildLetters(JdbcClient jdbc, Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    public List<LetterLine> about(Actor actor, Collection<UUID> entryIds) {
        actor.require(Permission.READ_CHILD_RECORDS);
        if (entryIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct l.id, lc.entry_id, l.number, l.year, l.kind, l.status, l.recipient_name, l.created_at,
                       (select count(*) from letter_child o where o.letter_id = l.id) = 1 as solo,
                       coalesce(l.issued_on, cast(l.created_at at time zone 'America/Santiago' as date)) as dated
                  from letter l join letter_child lc on lc.letter_id = l.id
                 where lc.entry_id in (:entries)
                 order by dated, l.created_at""").param("entries", entryIds)
                .query((rs, n) -> new LetterLine(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
                        rs.getObject("number") == null ? messages.get("letters.access.unnumbered")
                                : messages.get("letters.access.number", String.valueOf(rs.getInt("number")),
                                        String.valueOf(rs.getInt("year"))),
                        messages.get("letters.kind." + rs.getString("kind")),
                        messages.get("letters.status." + rs.getString("status")),
                        rs.getObject("dated", LocalDate.class), rs.getString("recipient_name"),
                        rs.getBoolean("solo")))
                .list();
    }
}
