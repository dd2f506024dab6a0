package cl.circuito.letters.web;

import cl.circuito.letters.BatchMode;
import cl.circuito.letters.DraftSource;
import cl.circuito.letters.Letter;
import cl.circuito.letters.LetterChild;
import cl.circuito.letters.LetterKind;
import cl.circuito.letters.LetterManagement;
import cl.circuito.letters.LetterQueries;
import cl.circuito.letters.LetterStatus;
import cl.circuito.letters.MonthlyBatch;
import cl.circuito.letters.SendingChannel;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests and responses of the letters API, mapped by hand. */
final class LetterApiRecords {

    private LetterApiRecords() {
    }

    record EditBody(@Schema(description = "Versión del oficio leída; 409 si cambió") Long version,
                    @Schema(description = "Materia (MAT.)", example = "Informa fecha estimada de ingreso") String subject,
                    @Schema(description = "Texto; párrafos separados por una línea en blanco") String body) {
    }

    @Schema(name = "LetterVersionBody")
    record VersionBody(@Schema(description = "Versión del oficio leída; 409 si cambió") Long version) {
    }

    record SendingBody(@Schema(description = "Medio de envío") SendingChannel sentVia,
                       @Schema(description = "Fecha de envío (no futura, no anterior a la emisión)") LocalDate sentOn,
                       @Schema(description = "Folio o referencia del envío", example = "OJV 2026-001234") String reference) {
    }

    record DiscardBody(Long version, @Schema(description = "Motivo del descarte") String reason) {
    }

    record DraftBody(@Schema(description = "Tipo de oficio") LetterKind kind) {
    }

    record BatchBody(@Schema(description = "PER_COURT: un oficio por destinatario con la nómina; PER_CHILD: uno por NNA") BatchMode mode,
                     @Schema(description = "Los borradores a emitir (los de GET …/letters/batch)") List<UUID> letterIds) {
    }

    @Schema(name = "LetterChildResponse")
    record ChildResponse(UUID entryId, String name, String rut, String courtRit, String courtRuc, LocalDate statedDate) {

        static ChildResponse of(LetterChild c) {
            return new ChildResponse(c.entryId(), c.childName(), c.childRut(), c.courtRit(), c.courtRuc(), c.statedDate());
        }
    }

    record LetterResponse(UUID id, long version, UUID programId, LetterKind kind, LetterStatus status,
                          DraftSource source, UUID referrerId, String recipientName, boolean recipientIsCourt,
                          String subject, String body, List<ChildResponse> children, UUID correctsLetterId,
                          Instant createdAt, String createdByName, Integer year, Integer number,
                          @Schema(example = "N° 12/2026") String numberLabel, LocalDate issuedOn, String signerName,
                          String signerPosition, SendingChannel sentVia, LocalDate sentOn, String sentReference,
                          String discardReason, LocalDate disposeAfter,
                          @Schema(description = "Dónde descargar el PDF emitido") String pdf) {

        static LetterResponse of(Letter l) {
            return new LetterResponse(l.id(), l.version(), l.programId(), l.kind(), l.status(),
                    DraftSource.of(l.sourceKey(), l.correctsLetterId()), l.referrerId(), l.recipientName(),
                    l.recipientIsCourt(), l.subject(), l.body(), l.children().stream().map(ChildResponse::of).toList(),
                    l.correctsLetterId(), l.createdAt(), l.createdByName(), l.year(), l.number(), l.numberLabel(),
                    l.issuedOn(), l.signerName(), l.signerPosition(), l.sentVia(), l.sentOn(), l.sentReference(),
                    l.discardReason(), l.disposeAfter(),
                    l.status().isIssued() ? "/api/v1/letters/" + l.id() + "/pdf" : null);
        }

        static LetterResponse of(LetterManagement.Details details) {
            return of(details.letter());
        }
    }

    record RowResponse(UUID id, LetterKind kind, LetterStatus status, DraftSource source, String recipientName,
                       UUID entryId, String childName, int childCount, Instant createdAt, String numberLabel,
                       LocalDate issuedOn, long ageDays) {

        static RowResponse of(LetterQueries.Row r) {
            return new RowResponse(r.id(), r.kind(), r.status(), r.source(), r.recipientName(), r.entryId(),
                    r.childName(), r.childCount(), r.createdAt(), r.numberLabel(), r.issuedOn(), r.ageDays());
        }
    }

    record TrayResponse(UUID programId, long draftCount, List<RowResponse> drafts, long issuedNotSentCount,
                        List<RowResponse> issuedNotSent, int page, int issuedPage) {

        static TrayResponse of(LetterQueries.Tray tray) {
            return new TrayResponse(tray.program().id(), tray.drafts().getTotalElements(),
                    tray.drafts().map(RowResponse::of).getContent(), tray.issuedNotSent().getTotalElements(),
                    tray.issuedNotSent().map(RowResponse::of).getContent(), tray.drafts().getNumber(),
                    tray.issuedNotSent().getNumber());
        }
    }

    record BatchDraftResponse(UUID letterId, LetterKind kind, ChildResponse child) {
    }

    record BatchGroupResponse(UUID referrerId, String recipientName, boolean court, List<BatchDraftResponse> drafts) {
    }

    record BatchResponse(UUID programId, BatchMode defaultMode, int draftCount, List<BatchGroupResponse> groups) {

        static BatchResponse of(MonthlyBatch.Overview o) {
            return new BatchResponse(o.program().id(), o.defaultMode(), o.draftCount(), o.groups().stream()
                    .map(g -> new BatchGroupResponse(g.referrerId(), g.recipientName(), g.court(), g.drafts().stream()
                            .map(d -> new BatchDraftResponse(d.letterId(), d.kind(), ChildResponse.of(d.child())))
                            .toList()))
                    .toList());
        }
    }
}
