package cl.circuito.letters;

import cl.circuito.shared.documents.LongDates;
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

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafts the oficios the waiting list's events call for (I-SGC-01 steps 1 and 4): not eligible, a child found
 * not protected (the change in the protection situation and the request to the court), the effective
 * admission. Each listener runs after the event's transaction committed, in its own; a draft's source key is
 * unique, so an event delivered twice (a resubmitted publication) drafts once.
 */
@Component
class LetterDrafts {

    private static final Logger log = LoggerFactory.getLogger(LetterDrafts.class);

    private final Letters letters;
    private final LetterFacts facts;
    private final LetterDrafting drafting;

    LetterDrafts(Letters letters, LetterFacts facts, LetterDrafting drafting) {
        this.letters = letters;
        this.facts = facts;
        this.drafting = drafting;
    }

    @ApplicationModuleListener
    void on(Events.ChildDeclaredIneligible event) {
        String key = DraftSource.NOT_ELIGIBLE.key(event.entryId(), event.decidedOn());
        entry(event.entryId(), key).ifPresent(entry -> {
            Map<TemplateField, String> values = new EnumMap<>(TemplateField.class);
            values.put(TemplateField.FECHA_DECISION, LongDates.of(event.decidedOn()));
            putIfKnown(values, TemplateField.MOTIVO, event.reason());
            putIfKnown(values, TemplateField.PROGRAMA_PERTINENTE, event.pertinentProgramName());
            letters.save(drafting.draft(LetterKind.NOT_ELIGIBLE, entry, values, null, key, null,
                    LetterDrafting.SYSTEM_NAME));
        });
    }

    /** Two letters: the referrer learns the child is not protected, and the court is asked to protect them. */
    @ApplicationModuleListener
    void on(MonitoringEvents.ChildFoundNotProtected event) {
        Optional<MonitoringFacts> monitoring = facts.monitoringForSystem(event.entryId(), event.monitoringActionId());
        Map<TemplateField, String> values = new EnumMap<>(TemplateField.class);
        values.put(TemplateField.FECHA_CONSTATACION, LongDates.of(event.on()));
        monitoring.map(MonitoringFacts::notes).ifPresent(notes -> putIfKnown(values, TemplateField.ANTECEDENTES, notes));
        String protectionKey = DraftSource.PROTECTION.key(event.monitoringActionId());
        entry(event.entryId(), protectionKey).ifPresent(entry -> letters.save(drafting.draft(
                LetterKind.PROTECTION_CHANGE, entry, values, null, protectionKey, null, LetterDrafting.SYSTEM_NAME)));
        String judicialKey = DraftSource.JUDICIAL.key(event.monitoringActionId());
        entry(event.entryId(), judicialKey).ifPresent(entry -> letters.save(drafting.draft(
                LetterKind.JUDICIAL_REQUEST, entry, values, null, judicialKey, null, LetterDrafting.SYSTEM_NAME)));
    }

    @ApplicationModuleListener
    void on(AdmissionEvents.ChildAdmitted event) {
        String key = DraftSource.ADMISSION.key(event.entryId());
        entry(event.entryId(), key).ifPresent(entry -> {
            LocalDate admittedOn = event.admittedOn();
            Map<TemplateField, String> values = new EnumMap<>(TemplateField.class);
            values.put(TemplateField.FECHA_INGRESO, LongDates.of(admittedOn));
            letters.save(drafting.draft(LetterKind.EFFECTIVE_ADMISSION, entry, values, admittedOn, key, null,
                    LetterDrafting.SYSTEM_NAME));
        });
    }

    /** The entry's facts, unless this source already drafted its letter (a repeated delivery). */
    private Optional<EntryFacts> entry(UUID entryId, String sourceKey) {
        if (letters.existsBySourceKey(sourceKey)) {
            log.debug("Letter {} already drafted", sourceKey);
            return Optional.empty();
        }
        return facts.entryForSystem(entryId);
    }

    private static void putIfKnown(Map<TemplateField, String> values, TemplateField field, String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, value.strip());
        }
    }
}
