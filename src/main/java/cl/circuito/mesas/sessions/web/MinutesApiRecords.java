package cl.circuito.mesas.sessions.web;

import cl.circuito.mesas.sessions.AgendaItem;
import cl.circuito.mesas.sessions.AgendaItemKind;
import cl.circuito.mesas.agreements.AgreementHistoryLine;
import cl.circuito.mesas.agreements.AgreementRow;
import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.sessions.AttendanceDigest;
import cl.circuito.mesas.sessions.CaseReviewDigest;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.minutes.MinutesViews;
import cl.circuito.mesas.sessions.MinutesStatus;
import cl.circuito.mesas.sessions.SessionStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.Page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Responses of the minutes and agreements API, mapped by hand (what it reads is {@link MinutesInputs}). */
final class MinutesApiRecords {

    private MinutesApiRecords() {
    }

    @Schema(name = "MinutesItemResponse")
    record ItemResponse(UUID id, int position, AgendaItemKind kind, String title, String description,
                        String presenter, String notes, String decisions) {

        static ItemResponse of(AgendaItem i) {
            return new ItemResponse(i.id(), i.position(), i.kind(), i.title(), i.description(), i.presenter(),
                    i.notes(), i.decisions());
        }
    }

    record SessionRefResponse(UUID id, int number, LocalDate heldOn,
                              @Schema(description = "Versión de esa sesión: la que se envía para aprobar su acta") Long version) {

        static SessionRefResponse of(MinutesViews.SessionRef ref) {
            return ref == null ? null : new SessionRefResponse(ref.id(), ref.number(), ref.heldOn(), ref.version());
        }
    }

    @Schema(name = "MinutesAttendanceResponse")
    record AttendanceResponse(String memberName, String personName, String position, String status, boolean present,
                              boolean guest) {

        static AttendanceResponse of(AttendanceDigest.Line l) {
            return new AttendanceResponse(l.memberName(), l.personName(), l.position(), l.statusLabel(), l.present(),
                    l.guest());
        }
    }

    record CaseReviewResponse(UUID reviewId, String presentedBy, String initials, Integer age, String criterion,
                              boolean goodPractice, String question, String discussion, List<String> strategies,
                              int reviewNumber) {

        static CaseReviewResponse of(CaseReviewDigest.Line l) {
            return new CaseReviewResponse(l.reviewId(), l.presentedBy(), l.initials(), l.age(), l.criterion(),
                    l.goodPractice(), l.question(), l.discussion(), l.strategies(), l.reviewNumber());
        }
    }

    record MinutesResponse(UUID sessionId, long version, UUID mesaId, int number, LocalDate heldOn, LocalTime startsAt,
                           LocalTime endsAt, String place, SessionStatus sessionStatus, MinutesStatus minutesStatus,
                           Instant circulatedAt, String circulatedBy,
                           @Schema(description = "Sesión en que se aprobó") SessionRefResponse approvedIn,
                           @Schema(description = "Fecha de la aprobación: la de la sesión en que se aprobó") LocalDate approvedOn,
                           String approvedBy, String corrections, List<ItemResponse> items,
                           List<AttendanceResponse> attendance, List<AgreementResponse> agreements,
                           @Schema(description = "Acuerdos de sesiones anteriores en revisión") List<AgreementResponse> inReview,
                           @Schema(description = "Solo para los integrantes de la Mesa") List<CaseReviewResponse> caseReviews,
                           int caseReviewCount,
                           @Schema(description = "Sesión anterior cuya acta se aprueba en esta") SessionRefResponse previousToApprove,
                           @Schema(description = "Fecha de la sesión siguiente a esta (por fecha; no suspendida)") LocalDate nextSessionOn,
                           String pdf) {

        static MinutesResponse of(MinutesViews.Minutes m) {
            var s = m.session();
            return new MinutesResponse(s.id(), s.version(), s.mesaId(), s.number(), s.heldOn(), s.startsAt(),
                    s.endsAt(), s.place(), s.status(), s.minutesStatus(), s.minutesCirculatedAt(),
                    s.minutesCirculatedBy(), SessionRefResponse.of(m.approvedIn()), s.minutesApprovedOn(),
                    s.minutesApprovedBy(),
                    s.minutesCorrections(), s.agenda().stream().map(ItemResponse::of).toList(),
                    m.attendance().stream().map(AttendanceResponse::of).toList(),
                    m.agreed().stream().map(AgreementResponse::of).toList(),
                    m.toReview().stream().map(AgreementResponse::of).toList(),
                    m.caseReviews().stream().map(CaseReviewResponse::of).toList(), m.caseReviewCount(),
                    SessionRefResponse.of(m.previous()), m.nextSessionOn(),
                    "/api/v1/mesas/" + s.mesaId() + "/sessions/" + s.id() + "/minutes.pdf");
        }
    }

    @Schema(name = "AgreementHistoryResponse")
    record HistoryResponse(Instant at, String byName, AgreementStatus status, String note, Integer sessionNumber) {

        static HistoryResponse of(AgreementHistoryLine h, boolean reserved) {
            return new HistoryResponse(h.at(), h.byName(), h.status(), reserved ? null : h.note(), h.sessionNumber());
        }
    }

    record AgreementResponse(UUID id, long version, UUID mesaId, String mesaName, UUID sessionId, int sessionNumber,
                             LocalDate sessionOn, UUID agendaItemId, UUID caseReviewId,
                             @Schema(description = "null si es una estrategia de un análisis de caso reservada") String text,
                             boolean reserved, UUID responsibleMemberId, String responsibleName,
                             String responsiblePerson, LocalDate dueOn, AgreementStatus status, LocalDate closedOn,
                             String closingNote, Integer lastReviewedAtSession, boolean overdue, long daysOverdue,
                             List<HistoryResponse> history) {

        static AgreementResponse of(AgreementRow a) {
            return of(a, null);
        }

        static AgreementResponse of(AgreementRow a, List<AgreementHistoryLine> history) {
            return new AgreementResponse(a.id(), a.version(), a.mesaId(), a.mesaName(), a.sessionId(),
                    a.sessionNumber(), a.sessionOn(), a.agendaItemId(), a.caseReviewId(), a.text(), a.reserved(),
                    a.responsibleMemberId(), a.responsibleName(), a.responsiblePerson(), a.dueOn(), a.status(),
                    a.closedOn(), a.closingNote(), a.lastReviewedAt(), a.overdue(), a.daysOverdue(),
                    history == null ? null : history.stream().map(h -> HistoryResponse.of(h, a.reserved())).toList());
        }

        static AgreementResponse of(MesaAgreements.Details d) {
            return of(d.agreement(), d.history());
        }
    }

    record PageResponse(List<AgreementResponse> items, int page, int totalPages, long totalElements) {

        static PageResponse of(Page<AgreementRow> page) {
            return new PageResponse(page.getContent().stream().map(AgreementResponse::of).toList(), page.getNumber(),
                    page.getTotalPages(), page.getTotalElements());
        }
    }
}
