package cl.circuito.networkmap.map;

import cl.circuito.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkRulesTests {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final UUID mesa = UUID.randomUUID();

    private static NetworkActor.Details actor(String name) {
        return new NetworkActor.Details(name, ActorKind.SECTOR, "SALUD", null, null, null, CircuitRole.REFERS,
                "Deriva", MesaTie.NONE);
    }

    private static void refused(Runnable change, HttpStatus status, String field, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void anActorNeedsANameAKindAndATieAndPointsAtOneThingAtMost() {
        NetworkActor placed = NetworkActor.place(mesa, actor("  CESFAM Los Volcanes  "), "Olga", NOW);
        assertThat(placed.name()).isEqualTo("CESFAM Los Volcanes");
        assertThat(placed.tie()).isEqualTo(MesaTie.NONE);
        refused(() -> NetworkActor.place(mesa, actor(" "), "Olga", NOW), HttpStatus.UNPROCESSABLE_CONTENT, "name",
                "networkmap.error.required.name");
        refused(() -> NetworkActor.place(mesa, actor("x".repeat(201)), "Olga", NOW), HttpStatus.UNPROCESSABLE_CONTENT,
                "name", "networkmap.error.tooLong");
        refused(() -> NetworkActor.place(mesa, new NetworkActor.Details("Liceo", null, null, null, null, null, null,
                null, MesaTie.NONE), "Olga", NOW), HttpStatus.UNPROCESSABLE_CONTENT, "kind", "networkmap.error.required.kind");
        refused(() -> NetworkActor.place(mesa, new NetworkActor.Details("Liceo", ActorKind.INSTITUTION, null, null, null,
                null, null, null, null), "Olga", NOW), HttpStatus.UNPROCESSABLE_CONTENT, "tie", "networkmap.error.required.tie");
        refused(() -> NetworkActor.place(mesa, new NetworkActor.Details("PIE", ActorKind.PROGRAM, null,
                UUID.randomUUID(), null, UUID.randomUUID(), null, null, MesaTie.PERMANENT), "Olga", NOW),
                HttpStatus.UNPROCESSABLE_CONTENT, "memberId", "networkmap.error.oneLink");
    }

    @Test
    void aTieJoinsTwoDifferentActorsAndOnlyAProtocolTieNamesAProtocol() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        NetworkTie tie = NetworkTie.connect(mesa, new NetworkTie.Details(a, b, TieKind.PROTOCOL, UUID.randomUUID(),
                " nota "), "Olga", NOW);
        assertThat(tie.kind()).isEqualTo(TieKind.PROTOCOL);
        refused(() -> NetworkTie.connect(mesa, new NetworkTie.Details(a, a, TieKind.REFERRALS, null, null), "Olga", NOW),
                HttpStatus.UNPROCESSABLE_CONTENT, "toActorId", "networkmap.error.selfTie");
        refused(() -> NetworkTie.connect(mesa, new NetworkTie.Details(a, b, TieKind.REFERRALS, UUID.randomUUID(), null),
                "Olga", NOW), HttpStatus.UNPROCESSABLE_CONTENT, "protocolId", "networkmap.error.protocolOnlyForProtocolTies");
        refused(() -> NetworkTie.connect(mesa, new NetworkTie.Details(a, b, null, null, null), "Olga", NOW),
                HttpStatus.UNPROCESSABLE_CONTENT, "kind", "networkmap.error.required.tieKind");
        refused(() -> NetworkTie.connect(mesa, new NetworkTie.Details(null, b, TieKind.AGREEMENT, null, null), "Olga", NOW),
                HttpStatus.UNPROCESSABLE_CONTENT, "fromActorId", "networkmap.error.required.fromActor");
    }

    @Test
    void aNoteIsWrittenWithText() {
        assertThat(NetworkNote.write(mesa, " La red ", "Olga", TODAY, NOW).text()).isEqualTo("La red");
        refused(() -> NetworkNote.write(mesa, "", "Olga", TODAY, NOW), HttpStatus.UNPROCESSABLE_CONTENT, "text",
                "networkmap.error.required.noteText");
    }

    private static MesaProtocol.Details protocol(LocalDate agreed, LocalDate from, LocalDate until) {
        return new MesaProtocol.Details("Protocolo de abordaje de riesgo suicida", "CESFAM", "SALUD", "v1", agreed,
                from, until, null);
    }

    @Test
    void aProtocolGoesInForceOnceAgreedNeverBackToDraftAndIsInForceOnlyWithinItsValidity() {
        MesaProtocol draft = MesaProtocol.draft(mesa, protocol(null, null, null), null, "Olga", NOW);
        assertThat(draft.status()).isEqualTo(ProtocolStatus.DRAFT);
        refused(() -> draft.moveTo(ProtocolStatus.IN_FORCE, "Olga", NOW), HttpStatus.UNPROCESSABLE_CONTENT, "agreedOn",
                "networkmap.error.inForceNeedsAgreedOn");
        refused(() -> draft.moveTo(ProtocolStatus.DRAFT, "Olga", NOW), HttpStatus.CONFLICT, null,
                "networkmap.error.sameStatus");

        MesaProtocol inForce = MesaProtocol.draft(mesa, protocol(TODAY.minusMonths(2), TODAY.minusMonths(1),
                TODAY.plusMonths(6)), ProtocolStatus.IN_FORCE, "Olga", NOW);
        assertThat(inForce.inForceOn(TODAY)).isTrue();
        assertThat(inForce.inForceOn(TODAY.minusMonths(1))).as("from its first day").isTrue();
        assertThat(inForce.inForceOn(TODAY.minusMonths(1).minusDays(1))).isFalse();
        assertThat(inForce.inForceOn(TODAY.plusMonths(6))).as("to its last day").isTrue();
        assertThat(inForce.inForceOn(TODAY.plusMonths(6).plusDays(1))).isFalse();
        refused(() -> inForce.change(protocol(null, null, null), "Olga", NOW), HttpStatus.UNPROCESSABLE_CONTENT,
                "agreedOn", "networkmap.error.inForceNeedsAgreedOn");
        inForce.moveTo(ProtocolStatus.UNDER_REVIEW, "Olga", NOW);
        assertThat(inForce.inForceOn(TODAY)).as("under review is not in force").isFalse();
        refused(() -> inForce.moveTo(ProtocolStatus.DRAFT, "Olga", NOW), HttpStatus.CONFLICT, null,
                "networkmap.error.backToDraft");
        inForce.moveTo(ProtocolStatus.EXPIRED, "Olga", NOW);
        assertThat(inForce.status()).isEqualTo(ProtocolStatus.EXPIRED);

        refused(() -> MesaProtocol.draft(mesa, protocol(null, TODAY, TODAY.minusDays(1)), null, "Olga", NOW),
                HttpStatus.UNPROCESSABLE_CONTENT, "validUntil", "networkmap.error.validUntilBeforeFrom");
        refused(() -> MesaProtocol.draft(mesa, new MesaProtocol.Details("Protocolo", " ", null, null, null, null, null,
                null), null, "Olga", NOW), HttpStatus.UNPROCESSABLE_CONTENT, "parties", "networkmap.error.required.parties");
    }

    @Test
    void aDocumentIsAPdfADocxOrAnOdtByItsContentUpToTheLimit() {
        byte[] pdf = "%PDF-1.4 protocolo".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ProtocolDocument.of("C:\\Documentos\\protocolo.pdf", pdf).fileName()).isEqualTo("protocolo.pdf");
        assertThat(ProtocolDocument.of("protocolo.pdf", pdf).contentType()).isEqualTo(ProtocolDocument.PDF);
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
        assertThat(ProtocolDocument.of("protocolo.docx", zip).contentType()).isEqualTo(ProtocolDocument.DOCX);
        byte[] odt = ("PK\u0003\u0004" + "x".repeat(26) + "mimetype" + ProtocolDocument.ODT).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ProtocolDocument.of("protocolo.odt", odt).contentType()).isEqualTo(ProtocolDocument.ODT);
        refused(() -> ProtocolDocument.of("protocolo.zip", zip), HttpStatus.UNPROCESSABLE_CONTENT, "document",
                "networkmap.error.document.type");
        refused(() -> ProtocolDocument.of("foto.pdf", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
                HttpStatus.UNPROCESSABLE_CONTENT, "document", "networkmap.error.document.type");
        refused(() -> ProtocolDocument.of("vacío.pdf", new byte[0]), HttpStatus.UNPROCESSABLE_CONTENT, "document",
                "networkmap.error.document.empty");
        byte[] big = new byte[ProtocolDocument.MAX_BYTES + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        refused(() -> ProtocolDocument.of("grande.pdf", big), HttpStatus.UNPROCESSABLE_CONTENT, "document",
                "networkmap.error.document.tooLarge");
    }
}
