package cl.circuito.demo;

import cl.circuito.shared.security.Actor;
import cl.circuito.waitinglist.admission.CaseCloseReason;
import cl.circuito.waitinglist.admission.ExistingCase;
import cl.circuito.waitinglist.admission.ActiveCase;
import cl.circuito.waitinglist.admission.ActiveCaseManagement;
import cl.circuito.waitinglist.admission.AdmissionEstimates;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.AdmissionQueries;
import cl.circuito.waitinglist.admission.Admissions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's active cases and admissions, through the same services users go through: the PRM (60 places)
 * with about 56 active cases and a history of program exits over the last eight months (so its estimates use
 * the observed exit rate), the current month confirmed today — two children interviewed and admitted, one
 * interviewed, one still to interview; the PPF (80 places) with about 78 recent cases (its estimates use the fallback).
 */
@Component
@ConditionalOnProperty(name = "circuito.demo-data.enabled", havingValue = "true")
class DemoAdmissions {

    private static final CaseCloseReason[] CLOSE_REASONS = {CaseCloseReason.INTERVENTION_COMPLETED,
            CaseCloseReason.INTERVENTION_COMPLETED, CaseCloseReason.TRANSFERRED, CaseCloseReason.COURT_ORDER,
            CaseCloseReason.INTERVENTION_COMPLETED, CaseCloseReason.DROPPED_OUT, CaseCloseReason.TURNED_18};

    private final ActiveCaseManagement cases;
    private final AdmissionQueries queries;
    private final AdmissionPlanning planning;
    private final Admissions admissions;
    private final AdmissionEstimates estimates;

    DemoAdmissions(ActiveCaseManagement cases, AdmissionQueries queries, AdmissionPlanning planning,
                   Admissions admissions, AdmissionEstimates estimates) {
        this.cases = cases;
        this.queries = queries;
        this.planning = planning;
        this.admissions = admissions;
        this.estimates = estimates;
    }

    void load(Actor prm, UUID prmId, Actor ppf, UUID ppfId, DemoChildren children, LocalDate today,
              DemoVersions versions) {
        // PRM: fourteen exits spread over the last eight months, then the cases still in intervention.
        for (int i = 0; i < 14; i++) {
            CaseCloseReason reason = CLOSE_REASONS[i % CLOSE_REASONS.length];
            LocalDate closedOn = today.minusDays(15 + 17L * i);
            // "Turned 18" must agree with the birth date: that child turns 18 on the day its case closes.
            DemoChildren.Child child = reason == CaseCloseReason.TURNED_18 ? children.next().turning18On(closedOn)
                    : children.next();
            ActiveCase past = existing(prm, prmId, child, today.minusMonths(10 + i % 10));
            cases.close(prm, past.id(), versions.of("active_case", past.id()), closedOn, reason, closeNote(reason));
        }
        List<ActiveCase> open = new ArrayList<>();
        for (int i = 0; i < 56; i++) {
            open.add(existing(prm, prmId, children, today.minusDays(30 + 13L * i)));
        }

        // Four free places: the proposal is the top four of the ranking, confirmed as proposed.
        YearMonth month = YearMonth.from(today);
        List<UUID> top = queries.overview(prm, prmId, month).proposal().stream()
                .map(AdmissionQueries.Candidate::entryId).toList();
        // The month is confirmed today, so its interviews and admissions are today's: never before the scheduling,
        // never before the month scheduled.
        planning.confirm(prm, prmId, month, top, Map.of());
        interview(prm, top.get(0), today, versions);
        admissions.admit(prm, top.get(0), versions.entry(top.get(0)), today);
        interview(prm, top.get(1), today, versions);
        admissions.admit(prm, top.get(1), versions.entry(top.get(1)), today);
        interview(prm, top.get(2), today, versions);
        // top.get(3): scheduled, interview still pending.

        // Two recent program exits: two places free for next month.
        cases.close(prm, open.get(0).id(), versions.of("active_case", open.get(0).id()), today.minusDays(12), CaseCloseReason.INTERVENTION_COMPLETED,
                closeNote(CaseCloseReason.INTERVENTION_COMPLETED));
        cases.close(prm, open.get(1).id(), versions.of("active_case", open.get(1).id()), today.minusDays(5), CaseCloseReason.TRANSFERRED,
                closeNote(CaseCloseReason.TRANSFERRED));

        // PPF: a young program in Circuito, so its estimates fall back on capacity / 12.
        for (int i = 0; i < 3; i++) {
            ActiveCase past = existing(ppf, ppfId, children, today.minusMonths(4));
            cases.close(ppf, past.id(), versions.of("active_case", past.id()), today.minusDays(10 + 20L * i), CaseCloseReason.INTERVENTION_COMPLETED,
                    closeNote(CaseCloseReason.INTERVENTION_COMPLETED));
        }
        for (int i = 0; i < 78; i++) {
            existing(ppf, ppfId, children, today.minusDays(20 + 2L * i));
        }

        estimates.recompute(prmId);
        estimates.recompute(ppfId);
    }

    private ActiveCase existing(Actor actor, UUID programId, DemoChildren children, LocalDate admittedOn) {
        return existing(actor, programId, children.next(), admittedOn);
    }

    private ActiveCase existing(Actor actor, UUID programId, DemoChildren.Child child, LocalDate admittedOn) {
        return cases.registerExisting(actor, programId, new ExistingCase(child.rut(), child.givenNames(),
                child.paternalSurname(), child.maternalSurname(), child.birthDate(), admittedOn));
    }

    private void interview(Actor actor, UUID entryId, LocalDate heldOn, DemoVersions versions) {
        admissions.recordInterview(actor, entryId, versions.entry(entryId), heldOn, "El NNA, su madre y la dupla psicosocial del programa.",
                true, "Villa Los Héroes, pasaje 3 n.º 456, Chillán", "Se explica el proceso de intervención y se acuerdan horarios.");
    }

    private static String closeNote(CaseCloseReason reason) {
        return switch (reason) {
            case INTERVENTION_COMPLETED -> "Se cumplen los objetivos del plan de intervención; egreso informado al tribunal.";
            case TRANSFERRED -> "Se deriva a un programa de la comuna de su nuevo domicilio.";
            case COURT_ORDER -> "El tribunal pone término a la medida de protección.";
            case DROPPED_OUT -> "La familia deja de asistir pese a las visitas y citaciones.";
            case TURNED_18 -> "Cumple 18 años; se coordina con la red de adultos.";
            default -> "Otra causal.";
        };
    }
}
