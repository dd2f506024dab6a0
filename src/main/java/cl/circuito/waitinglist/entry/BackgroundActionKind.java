package cl.circuito.waitinglist.entry;

/** The ways of gathering background named by I-SGC-01. */
public enum BackgroundActionKind {
    JUDICIAL_PLATFORM_REVIEW,
    THIRD_PARTY_REQUEST,
    HOME_VISIT,
    OTHER
}
