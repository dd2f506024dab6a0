package cl.circuito.networkmap.map;

/** What joins two actors of the network; drawn as a line style on the map. */
public enum TieKind {
    REFERRALS,
    /** A protocol agreed between them (perhaps one of the Mesa's protocols). */
    PROTOCOL,
    AGREEMENT,
    COORDINATION,
    OTHER
}
