package cl.circuito.network;

/**
 * Kinds of referring bodies (organismos derivadores). A family court's referral carries RIT and RUC.
 * The bodies themselves are data the admin manages.
 */
public enum ReferrerKind {
    FAMILY_COURT,
    OPD,
    CARABINEROS_24H,
    SCHOOL,
    HEALTH,
    OTHER;

    public boolean isCourt() {
        return this == FAMILY_COURT;
    }
}
