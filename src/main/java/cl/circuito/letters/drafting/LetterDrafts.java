package cl.circuito.letters.drafting;

import cl.circuito.waitinglist.AdmissionEvents;
import cl.circuito.waitinglist.Events;
import cl.circuito.waitinglist.LetterFacts;
import cl.circuito.waitinglist.LetterFacts.EntryFacts;
import cl.circuito.waitinglist.LetterFacts.MonitoringFacts;
import cl.circuito.waitinglist.MonitoringEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafts the oficios the waiting list's events call for (I-SGC-01 steps 1 and 4): not eligible, a child found
 * not protected (the change in the protection situation and the request to the court), the effective
 * admission. Each listener runs after the event's transaction committed, in its own, under the entry's lock,
 * and reads the entry's current facts rather than the event's: a draft says what is true when it is written
 * (a decision reopened and taken again before the listener ran names the latest program). A draft's source key
 * is unique, so an event delivered twice (a resubmitted publication) drafts once; a pending draft of the kind
 * follows the facts ({@link DraftFollowing}) instead of a second one being made.
 */
@Component
class LetterDrafts {

    private static final Logger log = LoggerFactory.getLogger(LetterDrafts.class);

    private final Letters letters;
    private final LetterFacts facts;
    private final LetterDrafting drafting;
    private final DraftStatements statements;
    private final DraftFollowing following;
    private final LetterLocks locks;

    LetterDrafts(Letters letters, LetterFacts facts, LetterDrafting drafting, DraftStatements statements,
                 DraftFollowing following, LetterLocks locks) {
        this.letters = letters;
        this.facts = facts;
        this.drafting = drafting;
        this.statements = statements;
        this.following = following;
        this.locks = locks;
    }

    /**
     * The oficio of the current not-eligible decision. Each decision after a reopening is a new one (its key
     * counts the reopenings): when the letter of an earlier one was already issued, the new draft corrects it.
     */
    @ApplicationModuleListener
    void on(Events.ChildDeclaredIneligible event) {
        locks.entry(event.entryId());
        facts.entryForSystem(event.entryId()).filter(EntryFacts::notEligible).ifPresent(entry -> {
            String key = DraftSource.NOT_ELIGIBLE.key(entry.entryId(), "r" + entry.decisionRound());
            // Drafted before decisions were counted: "NOT_ELIGIBLE:<entry>:<date>".
            String earlierKey = DraftSource.NOT_ELIGIBLE.key(entry.entryId(), entry.decidedOn());
            if (alreadyDrafted(key) || entry.decisionRound() == 0 && alreadyDrafted(earlierKey)
                    || followPending(entry.entryId(), LetterKind.NOT_ELIGIBLE)) {
                return;
            }
            UUID corrects = letters.findIssuedAbout(entry.entryId(), LetterKind.NOT_ELIGIBLE).stream()
                    .findFirst().map(Letter::id).orElse(null);
            letters.save(drafting.draft(LetterKind.NOT_ELIGIBLE,
                    statements.of(LetterKind.NOT_ELIGIBLE, entry, Optional.empty(), true), key, corrects,
                    LetterDrafting.SYSTEM_NAME));
        });
    }

    /** Two letters: the referrer learns the child is not protected, and the court is asked to protect them. */
    @ApplicationModuleListener
    void on(MonitoringEvents.ChildFoundNotProtected event) {
        locks.entry(event.entryId());
        Optional<MonitoringFacts> monitoring = facts.monitoringForSystem(event.entryId(), event.monitoringActionId());
        if (monitoring.isEmpty()) {
            return;
        }
        facts.entryForSystem(event.entryId()).ifPresent(entry -> {
            for (LetterKind kind : List.of(LetterKind.PROTECTION_CHANGE, LetterKind.JUDICIAL_REQUEST)) {
                DraftSource source = kind == LetterKind.PROTECTION_CHANGE ? DraftSource.PROTECTION : DraftSource.JUDICIAL;
                String key = source.key(event.monitoringActionId());
                DraftStatements.Statement statement = statements.of(kind, entry, monitoring, true);
                if (!alreadyDrafted(key) && statement.calledFor()) {
                    letters.save(drafting.draft(kind, statement, key, null, LetterDrafting.SYSTEM_NAME));
                }
            }
        });
    }

    @ApplicationModuleListener
    void on(AdmissionEvents.ChildAdmitted event) {
        locks.entry(event.entryId());
        String key = DraftSource.ADMISSION.key(event.entryId());
        if (alreadyDrafted(key) || followPending(event.entryId(), LetterKind.EFFECTIVE_ADMISSION)) {
            return;
        }
        facts.entryForSystem(event.entryId()).filter(entry -> entry.admittedOn() != null).ifPresent(entry ->
                letters.save(drafting.draft(LetterKind.EFFECTIVE_ADMISSION,
                        statements.of(LetterKind.EFFECTIVE_ADMISSION, entry, Optional.empty(), true), key, null,
                        LetterDrafting.SYSTEM_NAME)));
    }

    /** Whether this source already drafted its letter (a repeated delivery). */
    private boolean alreadyDrafted(String sourceKey) {
        if (letters.existsBySourceKey(sourceKey)) {
            log.debug("Letter {} already drafted", sourceKey);
            return true;
        }
        return false;
    }

    /** A pending draft of the kind made by Circuito follows the current facts instead of a second being made. */
    private boolean followPending(UUID entryId, LetterKind kind) {
        List<Letter> pending = letters.findDraftsAbout(entryId, List.of(kind)).stream()
                .filter(l -> l.sourceKey() != null).toList();
        pending.forEach(following::follow);
        return !pending.isEmpty();
    }
}
