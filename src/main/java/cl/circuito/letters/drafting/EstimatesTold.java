package cl.circuito.letters.drafting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** What the referrer was told about a child's estimated admission date: its estimated-date letters so far. */
@Component
class EstimatesTold {

    private final JdbcClient jdbc;

    EstimatesTold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One estimated-date letter about the child: what it said and whether it went out. */
    record Told(UUID letterId, LetterStatus status, LocalDate statedDate, Instant issuedAt) {

        boolean issued() {
            return status.isIssued() && issuedAt != null;
        }
    }

    /** The date the last issued estimated-date letter stated for the child, or null when none was issued. */
    LocalDate lastStated(UUID entryId) {
        return lastStated(about(entryId));
    }

    static LocalDate lastStated(List<Told> told) {
        return told.stream().filter(Told::issued).max(Comparator.comparing(Told::issuedAt))
                .map(Told::statedDate).orElse(null);
    }

    List<Told> about(UUID entryId) {
        return jdbc.sql("""
                        select l.id, l.status, c.stated_date, l.issued_at
                          from letter_child c join letter l on l.id = c.letter_id
                         where c.entry_id = :entry and l.kind in ('ESTIMATED_DATE', 'ESTIMATED_DATE_UPDATE')
                         order by l.created_at
                        """)
                .param("entry", entryId)
                .query((rs, n) -> {
                    java.sql.Date stated = rs.getDate("stated_date");
                    Timestamp issuedAt = rs.getTimestamp("issued_at");
                    return new Told(rs.getObject("id", UUID.class), LetterStatus.valueOf(rs.getString("status")),
                            stated == null ? null : stated.toLocalDate(), issuedAt == null ? null : issuedAt.toInstant());
                })
                .list();
    }
}
