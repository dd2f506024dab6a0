package cl.circuito.waitinglist.entry;

import cl.circuito.shared.security.Actor;

import java.util.UUID;

/** A person of the program as the timeline names them. */
public record Staff(UUID id, String name) {

    public static Staff of(Actor actor) {
        return new Staff(actor.userId(), actor.displayName());
    }
}
