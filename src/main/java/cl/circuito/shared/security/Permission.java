package cl.circuito.shared.security;

public enum Permission {
    MANAGE_NETWORK,
    MANAGE_USERS,
    MANAGE_CALENDAR,
    READ_CHILD_RECORDS,
    REGISTER_REFERRALS,
    GATHER_BACKGROUND,
    DECIDE_ADMISSIBILITY,
    RECORD_EXITS
}
