package cl.circuito.networkmap.map;

import cl.circuito.networkmap.ProtocolFigures;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class NetworkMapFlowTests {

    @Autowired MesaFixtures mesaFixtures;
    @Autowired NetworkMaps maps;
    @Autowired Protocols protocols;
    @Autowired ProtocolFigures figures;
    @Autowired JdbcClient jdbc;

    private static NetworkActor.Details actor(String name, MesaTie tie) {
        return new NetworkActor.Details(name, ActorKind.INSTITUTION, "EDUCACION", null, null, null, CircuitRole.REFERS,
                "Deriva desde el aula", tie);
    }

    private static void refused(Runnable change, String field, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void membersAreBroughtInOnceWithTheirParticipationAndNonMembersAreWhomToConvene() {
        MesaWorld w = mesaFixtures.world();
        assertThat(maps.incorporateMembers(w.coFacilitator(), w.mesaId())).isEqualTo(4);
        assertThat(maps.incorporateMembers(w.coFacilitator(), w.mesaId())).as("idempotent").isZero();
        maps.place(w.coFacilitator(), w.mesaId(), actor("Liceo Narciso Tondreau", MesaTie.NONE));

        NetworkMapView map = maps.map(w.member(), w.mesaId());
        assertThat(map.actors()).extracting(NetworkMapView.ActorRow::name)
                .containsExactlyInAnyOrder("OPD", "EDT", "PIE", "CESFAM de prueba", "Liceo Narciso Tondreau");
        NetworkMapView.ActorRow health = map.actors().stream().filter(a -> a.name().equals("CESFAM de prueba"))
                .findFirst().orElseThrow();
        assertThat(health.tie()).isEqualTo(MesaTie.OCCASIONAL);
        assertThat(health.memberId()).isEqualTo(w.healthMember());
        assertThat(health.kind()).isEqualTo(ActorKind.SECTOR);
        assertThat(health.sectorCode()).isEqualTo("SALUD");
        assertThat(map.actors().stream().filter(a -> a.name().equals("OPD")).findFirst().orElseThrow().role())
                .isEqualTo(CircuitRole.COORDINATES);
        assertThat(map.notTied()).extracting(NetworkMapView.ActorRow::name).containsExactly("Liceo Narciso Tondreau");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'MESA_NETWORK_ACTOR' and subject_id = :id")
                .param("id", health.id()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void namesAreUniqueInAMesaTiesJoinTwoActorsOnceAndRemovingAnActorRemovesItsTies() {
        MesaWorld w = mesaFixtures.world();
        UUID liceo = maps.place(w.coFacilitator(), w.mesaId(), actor("Liceo Narciso Tondreau", MesaTie.NONE)).id();
        UUID cesfam = maps.place(w.coFacilitator(), w.mesaId(), actor("CESFAM Los Volcanes", MesaTie.STRATEGIC)).id();
        UUID court = maps.place(w.coFacilitator(), w.mesaId(), actor("Juzgado de Familia", MesaTie.STRATEGIC)).id();
        refused(() -> maps.place(w.coFacilitator(), w.mesaId(), actor(" liceo narciso tondreau ", MesaTie.NONE)),
                "name", "networkmap.error.duplicateName");
        refused(() -> maps.describe(w.coFacilitator(), w.mesaId(), cesfam, 0L, actor("Liceo Narciso Tondreau",
                MesaTie.NONE)), "name", "networkmap.error.duplicateName");
        maps.describe(w.coFacilitator(), w.mesaId(), cesfam, 0L, actor("CESFAM Los Volcanes", MesaTie.PERMANENT));
        assertThatThrownBy(() -> maps.describe(w.coFacilitator(), w.mesaId(), cesfam, 0L,
                actor("CESFAM Los Volcanes", MesaTie.OCCASIONAL))).isInstanceOf(Versions.Stale.class);

        refused(() -> maps.connect(w.coFacilitator(), w.mesaId(), new NetworkTie.Details(liceo, liceo,
                TieKind.REFERRALS, null, null)), "toActorId", "networkmap.error.selfTie");
        maps.connect(w.coFacilitator(), w.mesaId(), new NetworkTie.Details(liceo, cesfam, TieKind.REFERRALS, null, null));
        refused(() -> maps.connect(w.coFacilitator(), w.mesaId(), new NetworkTie.Details(cesfam, liceo,
                TieKind.REFERRALS, null, null)), "toActorId", "networkmap.error.duplicateTie");
        maps.connect(w.coFacilitator(), w.mesaId(), new NetworkTie.Details(cesfam, liceo, TieKind.COORDINATION, null, null));
        maps.connect(w.coFacilitator(), w.mesaId(), new NetworkTie.Details(court, cesfam, TieKind.REFERRALS, null, null));
        refused(() -> maps.connect(w.coFacilitator(), w.mesaId(), new NetworkTie.Details(liceo, UUID.randomUUID(),
                TieKind.REFERRALS, null, null)), "toActorId", "networkmap.error.actorNotOnMap");

        NetworkMapView before = maps.map(w.coFacilitator(), w.mesaId());
        assertThat(before.ties()).hasSize(3);
        assertThat(before.actors().stream().filter(a -> a.id().equals(cesfam)).findFirst().orElseThrow().ties()).isEqualTo(3);

        assertThat(maps.remove(w.coFacilitator(), w.mesaId(), cesfam, 1L)).isEqualTo(3);
        NetworkMapView after = maps.map(w.coFacilitator(), w.mesaId());
        assertThat(after.ties()).isEmpty();
        assertThat(after.actors()).extracting(NetworkMapView.ActorRow::name)
                .containsExactlyInAnyOrder("Liceo Narciso Tondreau", "Juzgado de Familia");
        // The name is free again.
        maps.place(w.coFacilitator(), w.mesaId(), actor("CESFAM Los Volcanes", MesaTie.NONE));
    }

    @Test
    void onlyCoFacilitatorsChangeTheMapMembersAndOverseersReadItOutsidersDoNotSeeIt() {
        MesaWorld w = mesaFixtures.world();
        UUID liceo = maps.place(w.coFacilitator(), w.mesaId(), actor("Liceo", MesaTie.NONE)).id();
        assertThatThrownBy(() -> maps.place(w.member(), w.mesaId(), actor("Otro", MesaTie.NONE)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> maps.writeNote(w.manager(), w.mesaId(), "Nota")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> maps.map(w.outsider(), w.mesaId())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> maps.map(w.admin(), w.mesaId())).isInstanceOf(AccessDenied.class);
        assertThat(maps.map(w.national(), w.mesaId()).actors()).hasSize(1);
        assertThat(maps.map(w.memberReadOnly(), w.mesaId()).actors()).hasSize(1);

        // Another Mesa's actor is not found in this one.
        MesaWorld other = mesaFixtures.world();
        assertThatThrownBy(() -> maps.remove(other.coFacilitator(), other.mesaId(), liceo, 0L)).isInstanceOf(NotFound.class);
        assertThat(maps.arrange(other.coFacilitator(), other.mesaId(), List.of(new NetworkMaps.Position(liceo, 1, 2))))
                .isZero();
        assertThat(maps.arrange(w.edtCoFacilitator(), w.mesaId(), List.of(new NetworkMaps.Position(liceo, 10.5, -3))))
                .isEqualTo(1);
        NetworkMapView.ActorRow moved = maps.actor(w.member(), w.mesaId(), liceo);
        assertThat(moved.x()).isEqualTo(10.5);
        assertThat(moved.version()).as("dragging does not make open forms stale").isZero();
    }

    @Test
    void diagnosisNotesKeepTheirHistoryNewestFirst() {
        MesaWorld w = mesaFixtures.world();
        UUID first = maps.writeNote(w.coFacilitator(), w.mesaId(), "Primera lectura de la red").id();
        jdbc.sql("update network_note set written_on = written_on - 30 where id = :id").param("id", first).update();
        maps.writeNote(w.edtCoFacilitator(), w.mesaId(), "Segunda lectura");
        refused(() -> maps.writeNote(w.coFacilitator(), w.mesaId(), "  "), "text", "networkmap.error.required.noteText");
        assertThat(maps.map(w.member(), w.mesaId()).notes()).extracting(NetworkMapView.NoteRow::text)
                .containsExactly("Segunda lectura", "Primera lectura de la red");
    }

    @Test
    void protocolsMoveThroughTheirStatusesAndTheFiguresCountThoseInForceOnADate() {
        MesaWorld w = mesaFixtures.world();
        LocalDate today = LocalDate.now();
        MesaProtocol.Details health = new MesaProtocol.Details("Protocolo de abordaje de riesgo suicida",
                "CESFAM Los Volcanes", "SALUD", "v1", today.minusMonths(3), today.minusMonths(3), today.plusMonths(9), null);
        UUID inForce = protocols.record(w.coFacilitator(), w.mesaId(), health, ProtocolStatus.IN_FORCE, null).id();
        UUID draft = protocols.record(w.coFacilitator(), w.mesaId(), new MesaProtocol.Details("Derivación escolar",
                "DAEM", "EDUCACION", null, null, null, null, null), null, null).id();
        protocols.record(w.coFacilitator(), w.mesaId(), new MesaProtocol.Details("Protocolo antiguo", "Hospital",
                "SALUD", null, today.minusYears(3), today.minusYears(3), today.minusYears(1), null), ProtocolStatus.IN_FORCE, null);
        refused(() -> protocols.record(w.coFacilitator(), w.mesaId(), new MesaProtocol.Details("Otro", "X", "OPD",
                null, null, null, null, null), null, null), "sectorCode", "networkmap.error.unknownSector");

        assertThat(figures.inForce(Set.of(w.mesaId()), today)).containsEntry(w.mesaId(), 1);
        assertThat(figures.inForce(Set.of(w.mesaId()), today.minusYears(2))).containsEntry(w.mesaId(), 1);
        assertThat(maps.map(w.member(), w.mesaId()).protocolsInForce()).isEqualTo(1);
        List<ProtocolRow> rows = protocols.list(w.member(), w.mesaId());
        assertThat(rows.get(0).id()).isEqualTo(inForce);
        assertThat(rows).filteredOn(ProtocolRow::lapsed).extracting(ProtocolRow::title).containsExactly("Protocolo antiguo");

        refused(() -> protocols.moveTo(w.coFacilitator(), w.mesaId(), draft, 0L, ProtocolStatus.IN_FORCE), "agreedOn",
                "networkmap.error.inForceNeedsAgreedOn");
        assertThatThrownBy(() -> protocols.moveTo(w.member(), w.mesaId(), inForce, 1L, ProtocolStatus.EXPIRED))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> protocols.moveTo(w.coFacilitator(), w.mesaId(), inForce, 5L, ProtocolStatus.EXPIRED))
                .isInstanceOf(Versions.Stale.class);
        protocols.moveTo(w.coFacilitator(), w.mesaId(), inForce, 0L, ProtocolStatus.UNDER_REVIEW);
        assertThat(figures.inForce(Set.of(w.mesaId()), today)).doesNotContainKey(w.mesaId());
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'MESA_PROTOCOL' and subject_id = :id")
                .param("id", inForce).query(Long.class).single()).isEqualTo(2L);

        // A PROTOCOL tie names a protocol of its own Mesa only.
        UUID a = maps.place(w.coFacilitator(), w.mesaId(), actor("CESFAM", MesaTie.OCCASIONAL)).id();
        UUID b = maps.place(w.coFacilitator(), w.mesaId(), actor("OPD local", MesaTie.PERMANENT)).id();
        maps.connect(w.coFacilitator(), w.mesaId(), new NetworkTie.Details(a, b, TieKind.PROTOCOL, inForce, null));
        assertThat(maps.map(w.member(), w.mesaId()).ties().get(0).protocolTitle())
                .isEqualTo("Protocolo de abordaje de riesgo suicida");
        refused(() -> maps.connect(w.coFacilitator(), w.mesaId(), new NetworkTie.Details(a, b, TieKind.AGREEMENT,
                inForce, null)), "protocolId", "networkmap.error.protocolOnlyForProtocolTies");
    }
}
