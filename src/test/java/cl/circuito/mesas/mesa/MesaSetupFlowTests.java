package cl.circuito.mesas.mesa;

import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.MemberKind;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.mesas.Participation;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Founding a Mesa with its co-facilitators, forming it, and its membership history. */
@CircuitoTest
class MesaSetupFlowTests {

    @Autowired MesaFixtures mesaFixtures;
    @Autowired Fixtures fixtures;
    @Autowired MesaSetup setup;
    @Autowired MesaDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired MesaAccess access;

    private String freeComuna() {
        return jdbc.sql("""
                        select c.code from comuna c where c.code not in ('16101', '16103') and not exists (select 1 from mesa m where m.comuna_code = c.code)
                         order by random() limit 1""").query(String.class).single();
    }

    private String regionOf(String comuna) {
        return jdbc.sql("select region_code from comuna where code = ?").param(comuna).query(String.class).single();
    }

    private static Mesa.Settings settings(String name) {
        return new Mesa.Settings(name, LocalDate.of(2024, 3, 1), Frequency.MONTHLY, null, "Sala OPD",
                LocalTime.of(9, 30), LocalTime.of(12, 0));
    }

    @Test
    void foundingMakesTheComunasOpdAndEdtCoFacilitatorsAndASecondMesaInTheComunaIsRefused() {
        String comuna = freeComuna();
        UUID opd = fixtures.program("OPD", comuna);
        UUID edt = fixtures.program("EDT", comuna);
        fixtures.program("PRM", comuna);
        Actor manager = fixtures.user(Role.TERRITORIAL_MANAGER, regionOf(comuna), Set.of());

        assertThat(setup.coFacilitatorCandidates(comuna)).filteredOn(MesaSetup.CoFacilitatorCandidate::proposed)
                .extracting(MesaSetup.CoFacilitatorCandidate::id).containsExactlyInAnyOrder(opd, edt);
        Mesa mesa = setup.foundWithCoFacilitators(manager, comuna, settings("Mesa de prueba " + Fixtures.next()), null, null);

        MesaDirectory.Members members = directory.members(manager, mesa.id());
        assertThat(members.current()).extracting(MesaDirectory.MemberRow::programId).containsExactlyInAnyOrder(opd, edt);
        assertThat(members.current()).allMatch(MesaDirectory.MemberRow::coFacilitator)
                .allMatch(m -> m.participation() == Participation.PERMANENT);
        assertThat(members.history()).extracting(MesaDirectory.HistoryRow::kind).containsOnly(MemberEvent.Kind.JOINED);
        Actor opdDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(opd));
        assertThat(directory.list(opdDirector, null)).extracting(MesaDirectory.MesaRow::id).containsExactly(mesa.id());
        assertThat(directory.list(opdDirector, null).get(0).coFacilitators()).contains("OPD de prueba", "EDT de prueba");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'MESA' and subject_id = ?")
                .param(mesa.id()).query(Integer.class).single()).isGreaterThanOrEqualTo(3);

        assertThatThrownBy(() -> setup.foundWithCoFacilitators(manager, comuna, settings("Otra"), null, null))
                .isInstanceOf(MesaRuleViolation.class).hasMessage("mesas.error.comunaHasMesa")
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("comunaCode"));
    }

    @Test
    void whereTheOpdIsNotInTheCircuitTheTerritorialManagerCoFacilitatesAndAnotherRegionsManagerCannotFound() {
        String comuna = freeComuna();
        UUID edt = fixtures.program("EDT", comuna);
        String region = regionOf(comuna);
        Actor manager = fixtures.user(Role.TERRITORIAL_MANAGER, region, Set.of());
        Actor otherManager = fixtures.user(Role.TERRITORIAL_MANAGER, "01".equals(region) ? "02" : "01", Set.of());

        assertThatThrownBy(() -> setup.foundWithCoFacilitators(otherManager, comuna, settings("Mesa"), null, null))
                .isInstanceOf(AccessDenied.class);
        assertThat(setup.coFacilitatorCandidates(comuna))
                .anyMatch(c -> c.kind() == MemberKind.TERRITORIAL_MANAGER && c.id().equals(manager.userId()) && c.proposed());

        Mesa mesa = setup.foundWithCoFacilitators(manager, comuna, settings("Mesa " + Fixtures.next()), List.of(edt),
                List.of(manager.userId()));
        assertThat(directory.members(manager, mesa.id()).current())
                .extracting(MesaDirectory.MemberRow::kind).containsExactlyInAnyOrder(MemberKind.PROGRAM, MemberKind.TERRITORIAL_MANAGER);
        assertThat(access.standing(manager, mesa.id()).level()).isEqualTo(MesaStanding.Level.CO_FACILITATOR);
    }

    @Test
    void membersJoinChangeLeaveAndEverythingStaysInTheHistory() {
        MesaWorld w = mesaFixtures.world();
        UUID prm = fixtures.program("PRM", w.comunaCode());
        MesaMember joined = setup.addMember(w.coFacilitator(), w.mesaId(), new MesaSetup.NewMember(MemberKind.PROGRAM,
                prm, null, null, null, null, Participation.OCCASIONAL, false, LocalDate.of(2025, 1, 10), null));
        assertThat(joined.name()).startsWith("PRM de prueba");
        assertThatThrownBy(() -> setup.addMember(w.coFacilitator(), w.mesaId(), new MesaSetup.NewMember(MemberKind.PROGRAM,
                prm, null, null, null, null, Participation.OCCASIONAL, false, LocalDate.of(2025, 1, 10), null)))
                .hasMessage("mesas.error.alreadyMember");
        assertThatThrownBy(() -> setup.addMember(w.coFacilitator(), w.mesaId(), new MesaSetup.NewMember(MemberKind.SECTOR,
                null, null, "NO-EXISTE", null, "X", Participation.OCCASIONAL, false, LocalDate.of(2025, 1, 10), null)))
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("sectorCode"));

        MesaMember changed = setup.changeParticipation(w.coFacilitator(), w.mesaId(), joined.id(), joined.version(),
                Participation.PERMANENT);
        assertThatThrownBy(() -> setup.changeCoFacilitation(w.coFacilitator(), w.mesaId(), joined.id(), joined.version(), true))
                .isInstanceOf(Versions.Stale.class);
        Representative rep = setup.addRepresentative(w.coFacilitator(), w.mesaId(), joined.id(),
                new Representative.Contact("Rosa Rivas", "Directora", "rosa@prm.cl", "+56 9 1234 5678"), LocalDate.of(2025, 1, 10));
        Representative updated = setup.updateRepresentative(w.coFacilitator(), w.mesaId(), joined.id(), rep.id(),
                rep.version(), new Representative.Contact("Rosa Rivas Soto", "Directora", "rosa@prm.cl", null));
        assertThatThrownBy(() -> setup.endRepresentative(w.coFacilitator(), w.mesaId(), joined.id(), rep.id(),
                updated.version(), LocalDate.of(2024, 1, 1))).hasMessage("mesamembers.error.untilBeforeSince");
        setup.endRepresentative(w.coFacilitator(), w.mesaId(), joined.id(), rep.id(), updated.version(),
                LocalDate.of(2025, 6, 30));
        MesaMember current = setup.changeParticipation(w.coFacilitator(), w.mesaId(), joined.id(),
                directory.members(w.coFacilitator(), w.mesaId()).current().stream().filter(m -> m.id().equals(joined.id()))
                        .findFirst().orElseThrow().version(), Participation.PERMANENT);
        assertThatThrownBy(() -> setup.leave(w.coFacilitator(), w.mesaId(), joined.id(), current.version(),
                LocalDate.of(2025, 7, 1), " ")).hasMessage("mesas.error.required.leftReason");
        setup.leave(w.coFacilitator(), w.mesaId(), joined.id(), current.version(), LocalDate.of(2025, 7, 1),
                "El programa cerró en la comuna");

        MesaDirectory.Members members = directory.members(w.national(), w.mesaId());
        assertThat(members.past()).singleElement().satisfies(m -> {
            assertThat(m.leftReason()).isEqualTo("El programa cerró en la comuna");
            assertThat(m.representatives()).singleElement().satisfies(r -> {
                assertThat(r.fullName()).isEqualTo("Rosa Rivas Soto");
                assertThat(r.until()).isEqualTo(LocalDate.of(2025, 6, 30));
            });
        });
        assertThat(members.history()).filteredOn(h -> h.memberId().equals(joined.id()))
                .extracting(MesaDirectory.HistoryRow::kind, MesaDirectory.HistoryRow::detail)
                .containsExactly(
                        // Corrections are dated the day they are made (today); the rest on the dates given.
                        org.assertj.core.groups.Tuple.tuple(MemberEvent.Kind.REPRESENTATIVE_CHANGED, "UPDATED:Rosa Rivas Soto"),
                        org.assertj.core.groups.Tuple.tuple(MemberEvent.Kind.PARTICIPATION_CHANGED, "PERMANENT"),
                        org.assertj.core.groups.Tuple.tuple(MemberEvent.Kind.LEFT, "El programa cerró en la comuna"),
                        org.assertj.core.groups.Tuple.tuple(MemberEvent.Kind.REPRESENTATIVE_CHANGED, "ENDED:Rosa Rivas Soto"),
                        org.assertj.core.groups.Tuple.tuple(MemberEvent.Kind.REPRESENTATIVE_CHANGED, "ADDED:Rosa Rivas"),
                        org.assertj.core.groups.Tuple.tuple(MemberEvent.Kind.JOINED, "OCCASIONAL"));
        assertThat(changed.participation()).isEqualTo(Participation.PERMANENT);
    }

    @Test
    void theLastCoFacilitatorCannotBeRemovedNorLeave() {
        MesaWorld w = mesaFixtures.world();
        MesaDirectory.MemberRow edt = row(w, w.edtMember());
        setup.changeCoFacilitation(w.coFacilitator(), w.mesaId(), w.edtMember(), edt.version(), false);
        MesaDirectory.MemberRow opd = row(w, w.opdMember());
        assertThatThrownBy(() -> setup.changeCoFacilitation(w.admin(), w.mesaId(), w.opdMember(), opd.version(), false))
                .isInstanceOf(MesaRuleViolation.class).hasMessage("mesamembers.error.lastCoFacilitator")
                .satisfies(e -> assertThat(((MesaRuleViolation) e).field()).isEqualTo("coFacilitator"));
        assertThatThrownBy(() -> setup.leave(w.admin(), w.mesaId(), w.opdMember(), opd.version(), LocalDate.of(2025, 1, 1),
                "Cambio de equipo")).hasMessage("mesamembers.error.lastCoFacilitator");
        assertThat(row(w, w.opdMember()).coFacilitator()).isTrue();
        assertThat(row(w, w.opdMember()).current()).isTrue();
    }

    @Test
    void onlyThoseWhoSetUpChangeMembersAndSettings() {
        MesaWorld w = mesaFixtures.world();
        MesaDirectory.Settings s = directory.settings(w.member(), w.mesaId());
        Mesa.Settings changed = new Mesa.Settings(s.name(), s.foundedOn(), Frequency.BIWEEKLY, null, "Municipalidad",
                s.usualStartsAt(), s.usualEndsAt());
        assertThatThrownBy(() -> setup.change(w.member(), w.mesaId(), s.version(), changed)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> setup.change(w.outsider(), w.mesaId(), s.version(), changed)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> setup.change(w.admin(), w.mesaId(), s.version() + 1, changed))
                .isInstanceOf(Versions.Stale.class);
        setup.change(w.admin(), w.mesaId(), s.version(), changed);
        assertThat(directory.settings(w.national(), w.mesaId()).frequency()).isEqualTo(Frequency.BIWEEKLY);
        assertThatThrownBy(() -> setup.addMember(w.member(), w.mesaId(), new MesaSetup.NewMember(MemberKind.SECTOR, null,
                null, "SALUD", null, "CESFAM", Participation.OCCASIONAL, false, LocalDate.of(2025, 1, 1), null)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void theFoundingDateCannotMoveAfterTheFirstSession() {
        MesaWorld w = mesaFixtures.world();
        mesaFixtures.session(w, LocalDate.of(2024, 4, 16));
        MesaDirectory.Settings s = directory.settings(w.admin(), w.mesaId());

        assertThatThrownBy(() -> setup.change(w.admin(), w.mesaId(), s.version(), new Mesa.Settings(s.name(),
                LocalDate.of(2024, 4, 17), s.frequency(), s.customIntervalDays(), s.usualPlace(), s.usualStartsAt(),
                s.usualEndsAt())))
                .isInstanceOfSatisfying(MesaRuleViolation.class, e -> assertThat(e.field()).isEqualTo("foundedOn"))
                .hasMessage("mesas.error.foundedAfterSessions");
        setup.change(w.admin(), w.mesaId(), s.version(), new Mesa.Settings(s.name(), LocalDate.of(2024, 4, 16),
                s.frequency(), s.customIntervalDays(), s.usualPlace(), s.usualStartsAt(), s.usualEndsAt()));
        assertThat(directory.settings(w.national(), w.mesaId()).foundedOn()).isEqualTo(LocalDate.of(2024, 4, 16));
    }

    private MesaDirectory.MemberRow row(MesaWorld w, UUID memberId) {
        return directory.members(w.national(), w.mesaId()).current().stream().filter(m -> m.id().equals(memberId))
                .findFirst().orElseThrow();
    }
}
