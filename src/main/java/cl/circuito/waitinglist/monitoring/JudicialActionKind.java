package cl.circuito.waitinglist.monitoring;

/** What the director asks the family court for when a waiting child is not protected. */
public enum JudicialActionKind {
    MEDIDA_CAUTELAR,
    AUDIENCIA_EXTRAORDINARIA
}
