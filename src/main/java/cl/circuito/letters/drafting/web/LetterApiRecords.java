package cl.circuito.letters.drafting.web;

import cl.circuito.letters.templates.BatchMode;
import cl.circuito.letters.drafting.DraftSource;
import cl.circuito.letters.drafting.FactsCheck;
import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterChild;
import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.LetterManagement;
import cl.circuito.letters.drafting.LetterNote;
import cl.circuito.letters.drafting.LetterQueries;
import cl.circuito.letters.drafting.LetterStatus;
import cl.circuito.letters.drafting.MonthlyBatch;
import cl.circuito.letters.drafting.SendingChannel;
import cl.circuito.network.ReferrerKind;
import cl.circuito.network.ReferrerSummary;
import cl.circuito.shared.web.Messages;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the letters API answers, mapped by hand; what a client sends is in {@link LetterInputs}. */
final class LetterApiRecords {

    private LetterApiRecords() {
    }

    record AddresseeResponse(UUID referrerId, ReferrerKind kind, String name, String comuna) {

        static AddresseeResponse of(ReferrerSummary r) {
            return new AddresseeResponse(r.id(), r.kind(), r.name(), r.comunaName());
        }
    }

    record FactChangeResponse(@Schema(example = "Programa más pertinente") String fact, String before, String after) {
    }

    @Schema(description = "Cómo está el borrador frente a los hechos actuales de la ficha")
    record FactsResponse(
            @Schema(description = "false: el oficio no sigue los hechos (una corrección copia el texto de otro)") boolean follows,
            @Schema(description = "true: declara los hechos actuales; puede emitirse en lo que a ellos respecta") boolean current,
            @Schema(description = "Por qué los hechos ya no justifican este borrador, o null") String supersededBecause,
            @Schema(description = "Los hechos que cambiaron desde que se redactó") List<FactChangeResponse> changes,
            @Schema(description = "true: los hechos cambiaron bajo un texto editado; regenere o confirme antes de emitir") boolean marked,
            @Schema(description = "true: el director(a) editó el texto") boolean textEdited) {

        static FactsResponse of(FactsCheck check) {
            return new FactsResponse(check.follows(), check.current(), check.supersededBecause(),
                    check.changes().stream().map(c -> new FactChangeResponse(c.label(), c.before(), c.after())).toList(),
                    check.marked(), check.textEdited());
        }
    }

    record LetterNoteResponse(Instant at, String byName, LetterNote.Kind kind, String what, String detail) {

        static LetterNoteResponse of(LetterNote note, Messages messages) {
            return new LetterNoteResponse(note.at(), note.byName(), note.kind(),
                    messages.get("letters.note." + note.kind().name()), note.detail());
        }
    }

    @Schema(name = "LetterChildResponse")
    record ChildResponse(UUID entryId, String name, String rut, String courtRit, String courtRuc, LocalDate statedDate) {

        static ChildResponse of(LetterChild c) {
            return new ChildResponse(c.entryId(), c.childName(), c.childRut(), c.courtRit(), c.courtRuc(), c.statedDate());
        }
    }

    record LetterResponse(UUID id, long version, UUID programId, LetterKind kind, LetterStatus status,
                          DraftSource source,
                          @Schema(description = "null mientras el director(a) no elija el tribunal de una solicitud") UUID referrerId,
                          String recipientName, boolean recipientIsCourt,
                          @Schema(description = "true: el director(a) corrigió el destinatario") boolean addresseeChosen,
                          String subject,
                          @Schema(description = "Saludo, fuera del texto editable") String salutation,
                          String body,
                          @Schema(description = "Despedida, fuera del texto editable: los párrafos agregados quedan antes") String closing,
                          List<ChildResponse> children, UUID correctsLetterId,
                          Instant createdAt, String createdByName, Integer year, Integer number,
                          @Schema(example = "N° 12/2026") String numberLabel, LocalDate issuedOn, String signerName,
                          String signerPosition, SendingChannel sentVia, LocalDate sentOn, String sentReference,
                          String discardReason, LocalDate disposeAfter,
                          @Schema(description = "Dónde descargar el PDF emitido") String pdf,
                          @Schema(description = "Solo para un borrador: cómo está frente a los hechos actuales") FactsResponse facts,
                          @Schema(description = "Lo que ocurrió al borrador además de las ediciones: hechos seguidos, destinatario corregido…")
                          List<LetterNoteResponse> notes) {

        static LetterResponse of(Letter l, FactsCheck facts, Messages messages) {
            return new LetterResponse(l.id(), l.version(), l.programId(), l.kind(), l.status(),
                    DraftSource.of(l.sourceKey(), l.correctsLetterId()), l.referrerId(), l.recipientName(),
                    l.recipientIsCourt(), l.addresseeChosen(), l.subject(), l.salutation(), l.body(), l.closing(),
                    l.children().stream().map(ChildResponse::of).toList(),
                    l.correctsLetterId(), l.createdAt(), l.createdByName(), l.year(), l.number(), l.numberLabel(),
                    l.issuedOn(), l.signerName(), l.signerPosition(), l.sentVia(), l.sentOn(), l.sentReference(),
                    l.discardReason(), l.disposeAfter(),
                    l.status().isIssued() ? "/api/v1/letters/" + l.id() + "/pdf" : null,
                    facts == null || !facts.follows() ? null : FactsResponse.of(facts),
                    l.notes().stream().map(n -> LetterNoteResponse.of(n, messages)).toList());
        }

        static LetterResponse of(LetterManagement.Details details, Messages messages) {
            return of(details.letter(), details.facts(), messages);
        }
    }

    record RowResponse(UUID id, LetterKind kind, LetterStatus status, DraftSource source,
                       @Schema(description = "null: un borrador aún sin destinatario") String recipientName,
                       UUID entryId, String childName, int childCount, Instant createdAt, String numberLabel,
                       LocalDate issuedOn, long ageDays,
                       @Schema(description = "true: los hechos cambiaron bajo el texto editado; revíselo antes de emitir") boolean factsChanged,
                       @Schema(description = "Por qué se descartó, o null") String discardReason) {

        static RowResponse of(LetterQueries.Row r) {
            return new RowResponse(r.id(), r.kind(), r.status(), r.source(), r.recipientName(), r.entryId(),
                    r.childName(), r.childCount(), r.createdAt(), r.numberLabel(), r.issuedOn(), r.ageDays(),
                    r.factsChanged(), r.discardReason());
        }
    }

    record TrayResponse(UUID programId, long draftCount, List<RowResponse> drafts, long issuedNotSentCount,
                        List<RowResponse> issuedNotSent, int page, int issuedPage,
                        @Schema(description = "Borradores que Circuito descartó en los últimos 30 días porque sus hechos cambiaron")
                        List<RowResponse> superseded) {

        static TrayResponse of(LetterQueries.Tray tray) {
            return new TrayResponse(tray.program().id(), tray.drafts().getTotalElements(),
                    tray.drafts().map(RowResponse::of).getContent(), tray.issuedNotSent().getTotalElements(),
                    tray.issuedNotSent().map(RowResponse::of).getContent(), tray.drafts().getNumber(),
                    tray.issuedNotSent().getNumber(), tray.superseded().stream().map(RowResponse::of).toList());
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
