package cl.circuito.letters;

import cl.circuito.shared.documents.LongDates;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.AdmissionEvents;
import cl.circuito.waitinglist.Events;
import cl.circuito.waitinglist.LetterFacts;
import cl.circuito.waitinglist.LetterFacts.EntryFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The estimated-date letters of each waiting child: a first letter when an estimate appears, an update when
 * it moves at least the program's threshold away from the date the referrer was told, and never more than
 * one pending draft per child (a pending draft follows the estimate instead). Estimates are recomputed every
 * night and after every move in the ranking: when nothing is to be written this costs one indexed query.
 * A child who leaves the list (admitted, not eligible, any exit) takes its pending drafts with it.
 */
@Component
class EstimateLetters {

    /** Who a refreshed draft says last changed it: Circuito, following the estimate. */
    static final String REFRESH_NAME = "Circuito (fecha estimada recalculada)";
    static final List<LetterKind> KINDS = List.of(LetterKind.ESTIMATED_DATE, LetterKind.ESTIMATED_DATE_UPDATE);

    private final JdbcClient jdbc;
    private final Letters letters;
    private final LetterFacts facts;
    private final LetterDrafting drafting;
    private final LetterSettingsRecords settings;
    private final Messages messages;
    private final Clock clock;

    EstimateLetters(JdbcClient jdbc, Letters letters, LetterFacts facts, LetterDrafting drafting,
                    LetterSettingsRecords settings, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.letters = letters;
        this.facts = facts;
        this.drafting = drafting;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Follows the entry's current estimate rather than the event's: changes of one child may be handled out
     * of order (listeners run in parallel, a failed one is delivered again later), and the letter must end up
     * stating the latest date, never an older one.
     */
    @ApplicationModuleListener
    void on(AdmissionEvents.EstimatedAdmissionDateChanged event) {
        follow(event.entryId(), event.programId(), facts.currentEstimate(event.entryId()).orElse(event.current()));
    }

    @ApplicationModuleListener
    void on(Events.EntryExited event) {
        discardPending(event.entryId(), "letters.system.discard.exited");
    }

    @ApplicationModuleListener
    void on(Events.ChildDeclaredIneligible event) {
        discardPending(event.entryId(), "letters.system.discard.notEligible");
    }

    @ApplicationModuleListener
    void on(AdmissionEvents.ChildAdmitted event) {
        discardPending(event.entryId(), "letters.system.discard.admitted");
    }

    /** The date the last issued estimated-date letter stated for the child, or null when none was issued. */
    LocalDate lastStated(UUID entryId) {
        return lastStated(toldAbout(entryId));
    }

    private static LocalDate lastStated(List<Told> told) {
        return told.stream().filter(Told::issued).max(Comparator.comparing(Told::issuedAt))
                .map(Told::statedDate).orElse(null);
    }

    /** Applies the rule to a child's new estimated date; safe to run twice for the same change. */
    void follow(UUID entryId, UUID programId, LocalDate newDate) {
        List<Told> told = toldAbout(entryId);
        LocalDate stated = lastStated(told);
        Optional<Told> pending = told.stream().filter(t -> t.status() == LetterStatus.DRAFT).findFirst();
        EstimateLetterRule.Action action = EstimateLetterRule.decide(stated, pending.isPresent(),
                pending.map(Told::statedDate).orElse(null), newDate, settings.forProgram(programId));
        switch (action) {
            case DRAFT_FIRST, DRAFT_UPDATE -> facts.entryForSystem(entryId).filter(EntryFacts::open)
                    .ifPresent(entry -> letters.save(draft(entry, stated, newDate, told.size())));
            case REFRESH -> facts.entryForSystem(entryId).ifPresent(entry ->
                    letters.findDraftsAbout(entryId, KINDS).forEach(letter -> refresh(letter, entry, stated, newDate)));
            case DISCARD_PENDING -> letters.findDraftsAbout(entryId, KINDS).forEach(letter -> letter.discard(
                    messages.get("letters.system.discard.estimateBack", LongDates.of(stated),
                            settings.forProgram(programId).estimateThresholdDays()),
                    LetterDrafting.SYSTEM_NAME, clock.instant()));
            default -> {
                // The referrer already knows, or will with the pending draft.
            }
        }
    }

    /**
     * A first letter or an update. The source key counts the child's estimated-date letters so far: two
     * deliveries of one change compute the same key, and the unique index lets only one draft through.
     */
    private Letter draft(EntryFacts entry, LocalDate stated, LocalDate newDate, int lettersSoFar) {
        LetterKind kind = stated == null ? LetterKind.ESTIMATED_DATE : LetterKind.ESTIMATED_DATE_UPDATE;
        return drafting.draft(kind, entry, values(stated, newDate), newDate,
                DraftSource.ESTIMATE.key(entry.entryId(), lettersSoFar), null, LetterDrafting.SYSTEM_NAME);
    }

    /**
     * The pending draft now states the new date. A text nobody edited is the template filled again; a text the
     * director edited keeps their words, with the old date replaced where it is written (when it is not, the
     * text is filled again: a letter must never state a date other than its own).
     */
    private void refresh(Letter letter, EntryFacts entry, LocalDate stated, LocalDate newDate) {
        LocalDate old = letter.statedDateFor(entry.entryId());
        if (newDate.equals(old)) {
            return;
        }
        boolean untouched = LetterDrafting.SYSTEM_NAME.equals(letter.updatedByName())
                || REFRESH_NAME.equals(letter.updatedByName());
        String oldText = LongDates.of(old);
        String subject;
        String body;
        if (!untouched && old != null && letter.body().contains(oldText)) {
            subject = letter.subject().replace(oldText, LongDates.of(newDate));
            body = letter.body().replace(oldText, LongDates.of(newDate));
        } else {
            LetterTemplates.Filled filled = drafting.fill(TemplateKind.of(letter.kind()), entry,
                    values(letter.kind() == LetterKind.ESTIMATED_DATE ? null : stated, newDate));
            subject = filled.subject();
            body = filled.body();
        }
        letter.refreshEstimate(entry.entryId(), newDate, subject, body, REFRESH_NAME, clock.instant());
    }

    private void discardPending(UUID entryId, String reasonKey) {
        letters.findDraftsAbout(entryId, KINDS)
                .forEach(letter -> letter.discard(messages.get(reasonKey), LetterDrafting.SYSTEM_NAME, clock.instant()));
    }

    private static Map<TemplateField, String> values(LocalDate stated, LocalDate newDate) {
        Map<TemplateField, String> values = new EnumMap<>(TemplateField.class);
        values.put(TemplateField.FECHA_ESTIMADA, LongDates.of(newDate));
        if (stated != null) {
            values.put(TemplateField.FECHA_ESTIMADA_ANTERIOR, LongDates.of(stated));
        }
        return values;
    }

    /** One estimated-date letter about the child: what it said and whether it went out. */
    private record Told(UUID letterId, LetterStatus status, LocalDate statedDate, Instant issuedAt) {

        boolean issued() {
            return status.isIssued() && issuedAt != null;
        }
    }

    private List<Told> toldAbout(UUID entryId) {
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
