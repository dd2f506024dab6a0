package cl.circuito.networkmap.map;

/**
 * An actor's tie to the Mesa: a permanent or occasional member, a strategic ally convened when needed, or none
 * yet — the actors with no tie are what the network diagnosis is for (whom to convene).
 */
public enum MesaTie {
    PERMANENT,
    OCCASIONAL,
    STRATEGIC,
    NONE
}
