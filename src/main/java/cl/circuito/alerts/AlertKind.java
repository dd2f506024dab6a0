package cl.circuito.alerts;

/** The kinds of alert, most urgent first: the day page and the digest keep this order. */
public enum AlertKind {
    /** A child found not protected: a judicial action is open until the court answers. */
    JUDICIAL_ACTION_OPEN(AlertSeverity.DANGER),
    /** An admissibility decision past its deadline. */
    DEADLINE_OVERDUE(AlertSeverity.DANGER),
    /** An admissibility decision due within 3 business days. */
    DEADLINE_SOON(AlertSeverity.WARNING),
    /** This month's monitoring is behind its plan. */
    MONITORING_BEHIND_PLAN(AlertSeverity.WARNING),
    /** Waiting children whose wait crossed a re-validation set point this month and who are not re-validated yet. */
    REVALIDATIONS_DUE(AlertSeverity.WARNING),
    /** A referral not entered in SENAINFO, or a not-eligible child not removed from it, past its grace. */
    SENAINFO_PENDING(AlertSeverity.WARNING),
    /** Agreements of a Mesa de Gestión de Casos past their due date that the user's institution answers for. */
    MESA_AGREEMENTS_OVERDUE(AlertSeverity.WARNING),
    /** A Mesa the user co-facilitates: a coming session's convocation not sent, or a past session's minutes not sent. */
    MESA_SESSION_PENDING(AlertSeverity.INFO),
    /** A child holds one of the coming admissions: interview and admission date pending. */
    ADMISSION_SCHEDULED(AlertSeverity.INFO),
    /** Oficios drafted and not yet issued, or issued without a record of their sending. */
    LETTERS_TO_SEND(AlertSeverity.INFO),
    /**
     * Children's records past their retention (oficios, priority guides, a closed program's entries, a Mesa's closed
     * cases), waiting for an act of disposal by whoever may do it.
     */
    RECORDS_DUE_FOR_DISPOSAL(AlertSeverity.INFO);

    private final AlertSeverity severity;

    AlertKind(AlertSeverity severity) {
        this.severity = severity;
    }

    public AlertSeverity severity() {
        return severity;
    }
}
