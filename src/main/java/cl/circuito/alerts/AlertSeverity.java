package cl.circuito.alerts;

/** How an alert is shown: red, amber or neutral, always with words as well as colour. */
enum AlertSeverity {
    DANGER,
    WARNING,
    INFO
}
