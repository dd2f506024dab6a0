package cl.circuito.calendar;

import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;

import java.util.Set;
import java.util.UUID;

/** Fictional actors for unit tests of the calendar. */
final class TestActors {

    private TestActors() {
    }

    /** An administrator (may manage the calendar) with the given username. */
    static Actor admin(String username) {
        return new Actor(UUID.randomUUID(), username, "Administración de prueba", Role.ADMIN, new AccessScope.Nothing());
    }

    /** A program director: reads the calendar, may not change it. */
    static Actor director() {
        return new Actor(UUID.randomUUID(), "directora", "Directora de prueba", Role.PROGRAM_DIRECTOR,
                new AccessScope.Programs(Set.of(UUID.randomUUID())));
    }
}
