package cl.circuito.letters.drafting;

import cl.circuito.letters.templates.LetterSettingsRecords;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.AdmissionEvents;
import cl.circuito.waitinglist.LetterFacts;
import cl.circuito.waitinglist.LetterFacts.EntryFacts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The estimated-date letters of each waiting child: a first letter when an estimate appears, an update when
 * it moves at least the program's threshold away from the date the referrer was told, and never more than
 * one pending draft per child (a pending draft follows the estimate instead, as every draft follows its facts:
 * {@link DraftFollowing}). Estimates are recomputed every night and after every move in the ranking: when
 * nothing is to be written this costs one indexed query. A child who leaves the list, or whose decision is
 * reopened, takes its pending drafts with it (superseded by {@link DraftFollowing}).
 */
@Component
class EstimateLetters {

    static final List<LetterKind> KINDS = List.of(LetterKind.ESTIMATED_DATE, LetterKind.ESTIMATED_DATE_UPDATE);

    private final Letters letters;
    private final LetterFacts facts;
    private final LetterDrafting drafting;
    private final DraftStatements statements;
    private final DraftFollowing following;
    private final EstimatesTold told;
    private final LetterLocks locks;
    private final LetterSettingsRecords settings;
    private final Messages messages;
    private final Clock clock;

    EstimateLetters(Letters letters, LetterFacts facts, LetterDrafting drafting, DraftStatements statements,
                    DraftFollowing following, EstimatesTold told, LetterLocks locks, LetterSettingsRecords settings,
                    Messages messages, Clock clock) {
        this.letters = letters;
        this.facts = facts;
        this.drafting = drafting;
        this.statements = statements;
        this.following = following;
        this.told = told;
        this.locks = locks;
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
        locks.entry(event.entryId());
        follow(event.entryId(), event.programId(), facts.currentEstimate(event.entryId()).orElse(event.current()));
    }

    /** The date the last issued estimated-date letter stated for the child, or null when none was issued. */
    LocalDate lastStated(UUID entryId) {
        return told.lastStated(entryId);
    }

    /** Applies the rule to a child's new estimated date; safe to run twice for the same change. */
    void follow(UUID entryId, UUID programId, LocalDate newDate) {
        List<EstimatesTold.Told> toldSoFar = told.about(entryId);
        LocalDate stated = EstimatesTold.lastStated(toldSoFar);
        Optional<EstimatesTold.Told> pending = toldSoFar.stream()
                .filter(t -> t.status() == LetterStatus.DRAFT).findFirst();
        EstimateLetterRule.Action action = EstimateLetterRule.decide(stated, pending.isPresent(),
                pending.map(EstimatesTold.Told::statedDate).orElse(null), newDate, settings.forProgram(programId));
        switch (action) {
            case DRAFT_FIRST, DRAFT_UPDATE -> facts.entryForSystem(entryId).filter(EntryFacts::waiting)
                    .ifPresent(entry -> draft(entry, stated, toldSoFar.size()));
            case REFRESH -> letters.findDraftsAbout(entryId, KINDS).forEach(following::follow);
            case DISCARD_PENDING -> letters.findDraftsAbout(entryId, KINDS).forEach(letter -> letter.discard(
                    messages.get("letters.system.discard.estimateBack", ChileanDates.longDay(stated),
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
    private void draft(EntryFacts entry, LocalDate stated, int lettersSoFar) {
        LetterKind kind = stated == null ? LetterKind.ESTIMATED_DATE : LetterKind.ESTIMATED_DATE_UPDATE;
        DraftStatements.Statement statement = statements.of(kind, entry, Optional.empty(), true);
        if (statement.calledFor()) {
            letters.save(drafting.draft(kind, statement, DraftSource.ESTIMATE.key(entry.entryId(), lettersSoFar),
                    null, LetterDrafting.SYSTEM_NAME));
        }
    }
}
