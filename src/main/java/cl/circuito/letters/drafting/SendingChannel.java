package cl.circuito.letters.drafting;

/** How an issued letter reached the addressee. Labels: {@code letters.sentVia.<NAME>}. */
public enum SendingChannel {
    EMAIL,
    /** The judiciary's platform (Oficina Judicial Virtual). */
    COURT_PLATFORM,
    BY_HAND,
    POST,
    OTHER
}
