package cl.circuito.waitinglist.admission.web;

import cl.circuito.waitinglist.admission.CaseCloseReason;
import cl.circuito.waitinglist.admission.ActiveCase;
import cl.circuito.waitinglist.admission.AdmissionEstimates;
import cl.circuito.waitinglist.admission.AdmissionInterview;
import cl.circuito.waitinglist.admission.AdmissionPlan;
import cl.circuito.waitinglist.admission.AdmissionQueries;
import cl.circuito.waitinglist.admission.EstimateBasis;
import cl.circuito.waitinglist.EstimateCertainty;
import cl.circuito.waitinglist.admission.Places;
import cl.circuito.waitinglist.ranking.RankReason;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Responses of the admission API, mapped by hand; its requests are the {@link AdmissionInputs} the pages bind
 * too.
 */
final class AdmissionApiRecords {

    private AdmissionApiRecords() {
    }

    @Schema(description = "Plazas del programa: libres = capacidad convenida − casos activos − ingresos programados")
    record PlacesResponse(int capacity, int activeCases, int scheduled, int free) {
        static PlacesResponse of(Places p) {
            return new PlacesResponse(p.capacity(), p.activeCases(), p.scheduled(), p.free());
        }
    }

    record CandidateResponse(UUID entryId, int rank, String childName, Integer age, Integer priority, Integer score,
                             LocalDate receivedOn, RankReason rankReason, boolean manual,
                             @Schema(description = "Dentro de las plazas libres: Circuito propone su ingreso") boolean proposed,
                             @Schema(description = "Última fecha estimada de ingreso (al menos 50 % de probabilidad)") LocalDate estimatedOn,
                             @Schema(description = "A más tardar, con al menos 90 % de probabilidad; null si la estimación no tiene rango") LocalDate latestOn,
                             @Schema(description = "CERTAIN, OBSERVED o UNCERTAIN (ver EstimateResponse)") EstimateCertainty certainty) {
        static CandidateResponse of(AdmissionQueries.Candidate c) {
            return new CandidateResponse(c.entryId(), c.rank(), c.childName(), c.age(), c.priority(), c.score(),
                    c.receivedOn(), c.reason(), c.manual(), c.proposed(), c.estimatedOn(), c.latestOn(), c.certainty());
        }
    }

    record ScheduledResponse(UUID entryId, long version, String childName, YearMonth month, String scheduleReason,
                             LocalDate interviewedOn) {
        static ScheduledResponse of(AdmissionQueries.ScheduledChild s) {
            return new ScheduledResponse(s.entryId(), s.version(), s.childName(), s.month(), s.scheduleReason(),
                    s.interviewedOn());
        }
    }

    @Schema(description = "La propuesta del mes: todos los NNA en espera en orden de prelación; los primeros, tantos como plazas libres, vienen con proposed = true")
    record ProposalResponse(UUID programId, YearMonth month, PlacesResponse places, List<CandidateResponse> candidates,
                            List<ScheduledResponse> scheduled) {
        static ProposalResponse of(AdmissionQueries.AdmissionOverview o) {
            return new ProposalResponse(o.program().id(), o.month(), PlacesResponse.of(o.places()),
                    o.candidates().stream().map(CandidateResponse::of).toList(),
                    o.scheduled().stream().map(ScheduledResponse::of).toList());
        }
    }

    record PlanItemResponse(UUID entryId, boolean proposed, boolean chosen, String deviationReason) {
    }

    @Schema(name = "AdmissionPlanResponse")
    record PlanResponse(UUID id, YearMonth month, int freePlacesAtConfirmation, List<PlanItemResponse> items) {
        static PlanResponse of(AdmissionPlan plan) {
            return new PlanResponse(plan.id(), plan.month(), plan.freePlacesAtConfirmation(), plan.items().stream()
                    .map(i -> new PlanItemResponse(i.entryId(), i.proposed(), i.chosen(), i.deviationReason())).toList());
        }
    }

    record InterviewResponse(UUID id, LocalDate heldOn, String attendees, boolean addressConfirmed, String address,
                             String notes, Instant recordedAt, String recordedBy) {
        static InterviewResponse of(AdmissionInterview i) {
            return new InterviewResponse(i.id(), i.heldOn(), i.attendees(), i.addressConfirmed(), i.address(), i.notes(),
                    i.recordedAt(), i.recordedByName());
        }
    }

    record UnscheduledResponse(UUID entryId, String status) {
    }

    record ActiveCaseResponse(UUID id, long version, UUID programId, UUID childId,
                              @Schema(description = "Ficha de la lista de espera; null si el caso es anterior a Circuito") UUID entryId,
                              LocalDate admittedOn, LocalDate closedOn, CaseCloseReason closeReason, String closeNotes,
                              @Schema(description = "Cierre por mayoría de edad sin fecha de nacimiento registrada: cómo se supo")
                              String closeAgeOverride) {
        static ActiveCaseResponse of(ActiveCase c) {
            return new ActiveCaseResponse(c.id(), c.version(), c.programId(), c.childId(), c.entryId(), c.admittedOn(),
                    c.closedOn(), c.closeReason(), c.closeNotes(), c.closeAgeOverride());
        }
    }

    @Schema(name = "ActiveCaseRowResponse")
    record CaseRowResponse(UUID id, long version, UUID entryId, String childName, Integer age, String rut,
                           LocalDate admittedOn, LocalDate closedOn, CaseCloseReason closeReason) {
        static CaseRowResponse of(AdmissionQueries.CaseRow r) {
            return new CaseRowResponse(r.id(), r.version(), r.entryId(), r.childName(), r.age(), r.rut(), r.admittedOn(),
                    r.closedOn(), r.closeReason());
        }
    }

    record EstimateResponse(@Schema(description = "Fecha estimada de ingreso: probabilidad de ingreso a esa fecha de al menos 50 %")
                            LocalDate estimatedOn,
                            @Schema(description = "Fecha a más tardar: probabilidad de ingreso a esa fecha de al menos 90 %; "
                                    + "null en estimaciones anteriores al cálculo del rango")
                            LocalDate latestOn,
                            int rank, int freePlaces, BigDecimal monthlyExits,
                            @Schema(description = "OBSERVED: egresos de los últimos 6 meses; FALLBACK: sin historial, capacidad / 12 (mínimo 1)")
                            EstimateBasis basis,
                            @Schema(description = "CERTAIN: hay plaza libre para su lugar; OBSERVED: según los egresos "
                                    + "observados; UNCERTAIN: sin historia suficiente, rango amplio")
                            EstimateCertainty certainty,
                            @Schema(description = "Egresos observados en los últimos 6 meses (solo con certainty OBSERVED)")
                            Integer observedExits,
                            Instant computedAt) {
        static EstimateResponse of(AdmissionEstimates.Estimate e) {
            return new EstimateResponse(e.estimatedOn(), e.latestOn(), e.rank(), e.freePlaces(), e.monthlyExits(),
                    e.basis(), e.certainty(), e.certainty() == EstimateCertainty.OBSERVED ? e.observedExits() : null,
                    e.computedAt());
        }
    }
}
