package cl.circuito.networkmap.map;

/** What an actor does in the circuit of protection, as the minuta describes the open network. */
public enum CircuitRole {
    /** Detects and refers children (schools, health centres, Carabineros). */
    REFERS,
    /** Attends children (the programs, health's mental-health teams). */
    ATTENDS,
    /** Supports the work without attending children (municipal offices, community organisations). */
    SUPPORTS,
    /** Coordinates the circuit (the OPD, the Mesa's co-facilitators). */
    COORDINATES,
    /** Takes strategic decisions (the court, the municipality's authorities). */
    DECIDES
}
