package cl.circuito.letters.drafting;

import cl.circuito.shared.Paging;
import cl.circuito.audit.AuditTrail;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.LetterFacts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Read models of letters: a program's tray (drafts to review, issued letters not yet recorded as sent) and an
 * entry's letters. One query per list, paginated where a list can be long; every read is audited.
 */
@Service
@Transactional(readOnly = true)
public class LetterQueries {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final ProgramDirectory programs;
    private final LetterFacts facts;
    private final AuditTrail audit;
    private final Clock clock;

    LetterQueries(JdbcClient jdbc, ProgramDirectory programs, LetterFacts facts, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A letter in a list: the first child it names (and how many), the addressee, what drafted it and when.
     *
     * @param ageDays      days since it was drafted (a draft) or issued (waiting to be sent)
     * @param factsChanged the facts changed under the director's text: it waits for their review before issue
     * @param discardReason why it was discarded (a draft superseded by changed facts says so), or null
     */
    public record Row(UUID id, LetterKind kind, LetterStatus status, DraftSource source, String recipientName,
                      boolean recipientIsCourt, UUID entryId, String childName, int childCount, Instant createdAt,
                      String createdByName, Integer year, Integer number, LocalDate issuedOn, LocalDate sentOn,
                      long ageDays, boolean factsChanged, String discardReason, Instant discardedAt) {

        /** A draft with no addressee yet (a request to the court waiting for the director to choose one). */
        public boolean unaddressed() {
            return recipientName == null;
        }

        public String numberLabel() {
            return number == null ? null : "N° " + number + "/" + year;
        }
    }

    /**
     * "Oficios por enviar": drafts oldest first, then issued letters not yet recorded as sent; and the drafts
     * Circuito superseded lately because their facts changed, so a draft never disappears unexplained.
     */
    public record Tray(ProgramSummary program, Page<Row> drafts, Page<Row> issuedNotSent, List<Row> superseded) {
    }

    /** How far back the tray shows the drafts Circuito superseded. */
    static final int SUPERSEDED_DAYS = 30;

    @Transactional
    public Tray tray(Actor actor, UUID programId, int draftPage, int issuedPage) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());
        Page<Row> drafts = rows(programId, LetterStatus.DRAFT, "l.created_at, l.id", draftPage);
        Page<Row> issued = rows(programId, LetterStatus.ISSUED, "l.issued_on, l.number", issuedPage);
        List<Row> superseded = jdbc.sql(SELECT + """
                         where l.program_id = :p and l.status = 'DISCARDED' and l.discarded_by_name = :system
                           and l.discarded_at >= :since
                         order by l.discarded_at desc, l.id limit :size
                        """)
                .param("p", programId)
                .param("system", LetterDrafting.SYSTEM_NAME)
                .param("since", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(SUPERSEDED_DAYS))))
                .param("size", PAGE_SIZE)
                .query(this::row)
                .list();
        audit.viewed(actor, new AuditTrail.Subject("PROGRAM_LETTERS", programId, programId), "letters.audit.tray");
        return new Tray(program, drafts, issued, superseded);
    }

    /** The entry's letters, newest first; the entry must be in the asker's scope. */
    @Transactional
    public List<Row> ofEntry(Actor actor, UUID entryId) {
        LetterFacts.EntryFacts entry = facts.entry(actor, entryId);
        List<Row> rows = jdbc.sql(SELECT + """
                         where l.id in (select letter_id from letter_child where entry_id = :entry)
                           and l.program_id = :program
                         order by l.created_at desc, l.id
                        """)
                .param("entry", entryId)
                .param("program", entry.programId())
                .query(this::row)
                .list();
        audit.viewed(actor, new AuditTrail.Subject("ENTRY", entryId, entry.programId()), "letters.audit.entryLetters");
        return rows;
    }

    /** The letters a batch issued: its numbers are consecutive, so a range names them all. */
    @Transactional
    public List<Row> issuedRange(Actor actor, UUID programId, int year, int from, int to) {
        actor.require(Permission.READ_CHILD_RECORDS);
        programs.get(programId, actor.scope());
        List<Row> rows = jdbc.sql(SELECT + """
                         where l.program_id = :program and l.year = :year and l.number between :from and :to
                         order by l.number
                        """)
                .param("program", programId)
                .param("year", year)
                .param("from", from)
                .param("to", to)
                .query(this::row)
                .list();
        audit.viewed(actor, new AuditTrail.Subject("PROGRAM_LETTERS", programId, programId), "letters.audit.batch");
        return rows;
    }

    /** How many drafts and issued-not-sent letters each program has: for the tabs' counters and alerts. */
    public Map<LetterStatus, Long> counts(UUID programId) {
        Map<LetterStatus, Long> counts = new HashMap<>();
        jdbc.sql("select status, count(*) as n from letter where program_id = :p and status in ('DRAFT', 'ISSUED') group by status")
                .param("p", programId)
                .query((rs, n) -> counts.put(LetterStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    private static final String SELECT = """
            select l.id, l.kind, l.status, l.source_key, l.corrects_letter_id, l.recipient_name, l.recipient_is_court,
                   l.created_at, l.created_by_name, l.year, l.number, l.issued_on, l.sent_on, first.entry_id,
                   l.facts_changed_at, l.discard_reason, l.discarded_at,
                   first.child_name, (select count(*) from letter_child x where x.letter_id = l.id) as child_count
              from letter l
              left join letter_child first on first.letter_id = l.id and first.position = 0
            """;

    private Page<Row> rows(UUID programId, LetterStatus status, String order, int page) {
        Pageable slice = Paging.of(page, PAGE_SIZE);
        long total = jdbc.sql("select count(*) from letter where program_id = :p and status = :s")
                .param("p", programId).param("s", status.name()).query(Long.class).single();
        List<Row> rows = jdbc.sql(SELECT + " where l.program_id = :p and l.status = :s order by " + order
                        + " limit :size offset :offset")
                .param("p", programId)
                .param("s", status.name())
                .param("size", PAGE_SIZE)
                .param("offset", slice.getOffset())
                .query(this::row)
                .list();
        return new PageImpl<>(rows, slice, total);
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        LetterStatus status = LetterStatus.valueOf(rs.getString("status"));
        Instant created = rs.getTimestamp("created_at").toInstant();
        LocalDate issuedOn = date(rs, "issued_on");
        long age = status == LetterStatus.ISSUED && issuedOn != null
                ? Duration.between(issuedOn.atStartOfDay(clock.getZone()).toInstant(), clock.instant()).toDays()
                : Duration.between(created, clock.instant()).toDays();
        Integer year = (Integer) rs.getObject("year");
        Integer number = (Integer) rs.getObject("number");
        return new Row(rs.getObject("id", UUID.class), LetterKind.valueOf(rs.getString("kind")), status,
                DraftSource.of(rs.getString("source_key"), rs.getObject("corrects_letter_id", UUID.class)),
                rs.getString("recipient_name"), rs.getBoolean("recipient_is_court"),
                rs.getObject("entry_id", UUID.class), rs.getString("child_name"), rs.getInt("child_count"), created,
                rs.getString("created_by_name"), year, number, issuedOn, date(rs, "sent_on"),
                Math.max(0, age), rs.getTimestamp("facts_changed_at") != null, rs.getString("discard_reason"),
                rs.getTimestamp("discarded_at") == null ? null : rs.getTimestamp("discarded_at").toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
