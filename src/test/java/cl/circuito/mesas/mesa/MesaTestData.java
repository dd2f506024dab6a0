package cl.circuito.mesas.mesa;

import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.Participation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Mesas and members in memory, for the aggregate tests of what hangs off a Mesa (sessions, agreements): no Spring,
 * no database. The founding and joining verbs stay the Mesa setup's; tests elsewhere reach them only here.
 */
public final class MesaTestData {

    public static final Instant NOW = Instant.parse("2026-12-07T13:00:00Z");

    private MesaTestData() {
    }

    /** A Mesa of Chillán founded on {@code foundedOn}, meeting monthly at the OPD. */
    public static Mesa mesa(LocalDate foundedOn) {
        return Mesa.found("16101", new Mesa.Settings("Mesa de prueba", foundedOn, Frequency.MONTHLY, null, "Sala OPD",
                LocalTime.of(9, 30), LocalTime.of(12, 0)), "Admin", NOW);
    }

    /** A program, permanent member of {@code mesa} since its founding. */
    public static MesaMember member(Mesa mesa, String name) {
        return MesaMember.join(mesa, MesaMember.Identity.program(UUID.randomUUID(), name), Participation.PERMANENT,
                false, mesa.foundedOn(), null, "Admin", NOW);
    }

    /** A member that left {@code mesa} on {@code leftOn}. */
    public static MesaMember formerMember(Mesa mesa, String name, LocalDate leftOn) {
        MesaMember member = member(mesa, name);
        member.leave(leftOn, "Dejó de participar", "Admin", NOW);
        return member;
    }
}
