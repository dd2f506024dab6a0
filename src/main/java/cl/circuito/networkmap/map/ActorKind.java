package cl.circuito.networkmap.map;

/** What an actor of the network is; drawn as a shape on the map. */
public enum ActorKind {
    PROGRAM,
    INSTITUTION,
    SECTOR,
    /** A community organisation: a junta de vecinos, a club, a church's group. */
    COMMUNITY,
    OTHER
}
