package cl.circuito.mesas;

/**
 * Outreach (difusión) with institutions or in the neighbourhoods, training by a guest or among the members
 * themselves, or something else. Labels: {@code mesamembers.activityKind.<VALUE>}.
 */
public enum ActivityKind {
    OUTREACH_INSTITUTIONS,
    OUTREACH_COMMUNITY,
    TRAINING_GUEST,
    SELF_TRAINING,
    OTHER
}
