package cl.circuito.letters.drafting;

import cl.circuito.letters.templates.TemplateField;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ReferrerSummary;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.LetterFacts;
import cl.circuito.waitinglist.LetterFacts.EntryFacts;
import cl.circuito.waitinglist.LetterFacts.MonitoringFacts;
import cl.circuito.waitinglist.MonitoringOutcome;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a letter of each kind states, read from the current facts, and whether the facts still call for it. The
 * one place that knows every fact a draft states:
 * <ul>
 *   <li>every kind: the addressee (the referrer; for a request to the court, the referring court, or none
 *       until the director chooses one), the child (names, RUT, birth date and age), the cause (RIT, RUC), the
 *       referral's date, the program, its institution, comuna and director;</li>
 *   <li>not eligible: the decision's date and reason, the more pertinent program and its contact data;
 *       called for while the child stands declared not eligible;</li>
 *   <li>estimated date and its update: the current estimate, its 90 % date and how sure it is, and the date last
 *       told; while the child waits;</li>
 *   <li>change in the protection situation and the request to the court: the monitoring's date and notes;
 *       while the child is on the list and that monitoring still found them not protected;</li>
 *   <li>effective admission: the admission date; while the child stands admitted.</li>
 * </ul>
 * A draft the director wrote by hand is always called for (they chose to write it); it follows the facts all
 * the same.
 */
@Component
class DraftStatements {

    private final LetterFacts facts;
    private final LetterDrafting drafting;
    private final PertinentContact contact;
    private final EstimatesTold told;
    private final ProgramDirectory programs;
    private final EstimateWords estimateWords;

    DraftStatements(LetterFacts facts, LetterDrafting drafting, PertinentContact contact, EstimatesTold told,
                    ProgramDirectory programs, EstimateWords estimateWords) {
        this.estimateWords = estimateWords;
        this.facts = facts;
        this.drafting = drafting;
        this.contact = contact;
        this.told = told;
        this.programs = programs;
    }

    /**
     * What a letter says now.
     *
     * @param supersededBecause the message key saying why the facts no longer call for the letter; null while
     *                          they do
     * @param recipient         the addressee the facts give, or null when the director must choose one
     */
    record Statement(UUID programId, String supersededBecause, Recipient recipient, LetterChild child,
                     Map<TemplateField, String> values) {

        boolean calledFor() {
            return supersededBecause == null;
        }
    }

    /**
     * A new letter of this kind about the entry. {@code monitoring} is the finding a letter about the protection
     * situation cites (empty: the entry's last "not protected" finding); {@code bySystem} says whether Circuito
     * drafts it (then the facts must call for it) or the director writes it by hand.
     */
    Statement of(LetterKind kind, EntryFacts entry, Optional<MonitoringFacts> monitoring, boolean bySystem) {
        Map<TemplateField, String> values = drafting.entryValues(entry);
        LocalDate stated = null;
        String superseded = null;
        Recipient recipient = referrer(entry);
        switch (kind) {
            case NOT_ELIGIBLE -> {
                if (entry.notEligible()) {
                    LetterDrafting.put(values, TemplateField.FECHA_DECISION, ChileanDates.longDay(entry.decidedOn()));
                    LetterDrafting.put(values, TemplateField.MOTIVO, entry.decisionNotes());
                    LetterDrafting.put(values, TemplateField.PROGRAMA_PERTINENTE, entry.pertinentProgramName());
                    LetterDrafting.put(values, TemplateField.PROGRAMA_PERTINENTE_CONTACTO, contact.forEntry(entry));
                } else {
                    superseded = "letters.system.supersede.decisionReopened";
                }
            }
            case ESTIMATED_DATE, ESTIMATED_DATE_UPDATE -> {
                stated = entry.estimatedOn();
                LetterDrafting.put(values, TemplateField.FECHA_ESTIMADA, ChileanDates.longDay(stated));
                LetterDrafting.put(values, TemplateField.FECHA_ESTIMADA_ANTERIOR,
                        ChileanDates.longDay(told.lastStated(entry.entryId())));
                LetterDrafting.put(values, TemplateField.FECHA_ESTIMADA_90, estimateWords.latest(entry.estimateRange()));
                LetterDrafting.put(values, TemplateField.ESTIMACION_CERTEZA,
                        estimateWords.sentence(entry.estimateRange()));
                superseded = notWaiting(entry);
                if (superseded == null && stated == null) {
                    superseded = "letters.system.supersede.noEstimate";
                }
            }
            case PROTECTION_CHANGE, JUDICIAL_REQUEST -> {
                LocalDate found = monitoring.map(MonitoringFacts::performedOn).orElse(entry.notProtectedOn());
                String notes = monitoring.map(MonitoringFacts::notes).orElse(entry.notProtectedNotes());
                LetterDrafting.put(values, TemplateField.FECHA_CONSTATACION, ChileanDates.longDay(found));
                LetterDrafting.put(values, TemplateField.ANTECEDENTES, notes);
                superseded = offTheList(entry);
                if (superseded == null && monitoring.isPresent()
                        && monitoring.get().outcome() != MonitoringOutcome.NOT_PROTECTED) {
                    superseded = "letters.system.supersede.findingChanged";
                }
                if (kind == LetterKind.JUDICIAL_REQUEST && (recipient == null || !recipient.court())) {
                    // A request for protection goes to a family court: the referring one, or one the director chooses.
                    recipient = null;
                }
            }
            case EFFECTIVE_ADMISSION -> {
                stated = entry.admittedOn();
                LetterDrafting.put(values, TemplateField.FECHA_INGRESO, ChileanDates.longDay(stated));
                if (stated == null) {
                    superseded = "letters.system.supersede.notAdmitted";
                }
            }
            default -> throw new IllegalStateException("Unknown kind " + kind);
        }
        return new Statement(entry.programId(), bySystem ? superseded : null, recipient,
                LetterDrafting.child(entry, stated), values);
    }

    /**
     * What a draft says now, from its entry's current facts; empty for a letter that does not follow them (a
     * correction's copied text, a list letter) or whose entry is gone. A draft whose addressee the director
     * chose keeps it, as the network names it now.
     */
    Optional<Statement> of(Letter letter) {
        if (!letter.followsFacts() || letter.children().size() != 1) {
            return Optional.empty();
        }
        UUID entryId = letter.children().get(0).entryId();
        DraftSource source = DraftSource.of(letter.sourceKey(), letter.correctsLetterId());
        boolean bySystem = letter.sourceKey() != null;
        return facts.entryForSystem(entryId).map(entry -> {
            Optional<MonitoringFacts> monitoring = source == DraftSource.PROTECTION || source == DraftSource.JUDICIAL
                    ? monitoringOf(letter.sourceKey(), entryId) : Optional.empty();
            if ((source == DraftSource.PROTECTION || source == DraftSource.JUDICIAL) && monitoring.isEmpty()) {
                Statement gone = of(letter.kind(), entry, monitoring, bySystem);
                return new Statement(gone.programId(), "letters.system.supersede.findingChanged", gone.recipient(),
                        gone.child(), gone.values());
            }
            Statement statement = of(letter.kind(), entry, monitoring, bySystem);
            if (letter.addresseeChosen() && letter.referrerId() != null) {
                Recipient chosen = programs.referrer(letter.referrerId()).map(DraftStatements::recipient)
                        .orElse(letter.recipient());
                statement = new Statement(statement.programId(), statement.supersededBecause(), chosen,
                        statement.child(), statement.values());
            }
            return statement;
        });
    }

    static Recipient recipient(ReferrerSummary referrer) {
        return new Recipient(referrer.id(), referrer.name(), referrer.kind().isCourt());
    }

    private static Recipient referrer(EntryFacts entry) {
        return new Recipient(entry.referrerId(), entry.referrerName(), entry.referredByCourt());
    }

    /** "PROTECTION:<monitoring action>": the finding the letter cites. */
    private Optional<MonitoringFacts> monitoringOf(String sourceKey, UUID entryId) {
        String[] parts = sourceKey.split(":");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            return facts.monitoringForSystem(entryId, UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Why a letter about a waiting child no longer applies, or null while the child waits. */
    private static String notWaiting(EntryFacts entry) {
        if (entry.waiting()) {
            return null;
        }
        String left = offTheList(entry);
        return left != null ? left : "letters.system.supersede.reopenedEstimate";
    }

    /** Why a letter saying the child is on the list no longer applies, or null while they are. */
    private static String offTheList(EntryFacts entry) {
        if (entry.status() != EntryStatus.EXITED) {
            return null;
        }
        if (entry.exitReason() == ExitReason.ADMITTED) {
            return "letters.system.discard.admitted";
        }
        if (entry.exitReason() == ExitReason.NOT_ELIGIBLE) {
            return "letters.system.discard.notEligible";
        }
        return "letters.system.discard.exited";
    }
}
