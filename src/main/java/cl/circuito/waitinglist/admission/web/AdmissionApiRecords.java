package cl.circuito.waitinglist.admission.web;

import cl.circuito.children.IdentityChoice;
import cl.circuito.children.ValidRut;
import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.admission.CaseCloseReason;
import cl.circuito.waitinglist.admission.ActiveCase;
import cl.circuito.waitinglist.admission.AdmissionEstimates;
import cl.circuito.waitinglist.admission.AdmissionInterview;
import cl.circuito.waitinglist.admission.AdmissionPlan;
import cl.circuito.waitinglist.admission.AdmissionQueries;
import cl.circuito.waitinglist.admission.EstimateBasis;
import cl.circuito.waitinglist.admission.Places;
import cl.circuito.waitinglist.entry.web.ApiRecords;
import cl.circuito.waitinglist.ranking.RankReason;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests and responses of the admission API, mapped by hand. */
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
                             @Schema(description = "Última fecha estimada de ingreso") LocalDate estimatedOn) {
        static CandidateResponse of(AdmissionQueries.Candidate c) {
            return new CandidateResponse(c.entryId(), c.rank(), c.childName(), c.age(), c.priority(), c.score(),
                    c.receivedOn(), c.reason(), c.manual(), c.proposed(), c.estimatedOn());
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

    @Schema(description = "Confirmación de los ingresos del mes")
    record AdmissionPlanBody(
            @Schema(description = "Mes de ingreso (aaaa-MM), no anterior al actual", example = "2026-10", type = "string")
            @NotNull YearMonth month,
            @Schema(description = "Fichas en espera elegidas") @NotEmpty List<@NotNull UUID> chosen,
            @Schema(description = "Motivo por ficha (id → texto) para cada diferencia con la propuesta: NNA agregado fuera de ella o NNA propuesto que no se incluye. El error nombra el campo reasons[<id>].")
            Map<UUID, @Size(max = 2000) String> reasons) {
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

    @Schema(description = "Un NNA que ya estaba en intervención antes de usar Circuito (por RUT, o por nombres y fecha de nacimiento)")
    record CasesExistingBody(@Size(max = 15) @ValidRut String rut,
                             @NotBlank @Size(max = 100) @NoMarkup String givenNames,
                             @NotBlank @Size(max = 100) @NoMarkup String paternalSurname,
                             @Size(max = 100) @NoMarkup String maternalSurname,
                             @Schema(description = "Obligatoria cuando no hay RUT") @PastOrPresent LocalDate birthDate,
                             @NotNull @PastOrPresent LocalDate admittedOn,
                             @Schema(description = ApiRecords.IDENTITY_CHOICE) IdentityChoice identityChoice,
                             @Schema(description = ApiRecords.IDENTITY_REASON) @Size(max = 2000) @NoMarkup
                             String identityCorrectionReason) {
    }

    record CasesCloseBody(@NotNull @PastOrPresent LocalDate closedOn, @NotNull CaseCloseReason reason,
                          @NotBlank @Size(max = 4000) @NoMarkup String notes,
                          @Schema(description = "Solo para TURNED_18 cuando el registro no tiene la fecha de nacimiento del "
                                  + "NNA: cómo se sabe que cumplió 18 años. Con fecha de nacimiento, debe ir vacío.")
                          @Size(max = 2000) @NoMarkup String ageOverrideReason,
                          @Schema(description = "Versión del caso leída; 409 si cambió") Long version) {
    }

    record EstimateResponse(LocalDate estimatedOn, int rank, int freePlaces, BigDecimal monthlyExits,
                            @Schema(description = "OBSERVED: egresos de los últimos 6 meses; FALLBACK: sin historial, capacidad / 12 (mínimo 1)")
                            EstimateBasis basis, Instant computedAt) {
        static EstimateResponse of(AdmissionEstimates.Estimate e) {
            return new EstimateResponse(e.estimatedOn(), e.rank(), e.freePlaces(), e.monthlyExits(), e.basis(),
                    e.computedAt());
        }
    }
}
