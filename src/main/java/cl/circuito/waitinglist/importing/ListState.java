package cl.circuito.waitinglist.importing;

import cl.circuito.shared.tables.Headers;

import java.util.Optional;
import java.util.Set;

/**
 * Where a row's child stands on the earlier list, from its "Estado" or "Decisión" cell: still being assessed, or
 * eligible and waiting. A child no longer on the list (admitted, gone, not eligible) is not brought in: the list
 * starts in Circuito with those who are waiting.
 */
public enum ListState {
    UNDER_REVIEW, WAITING, NOT_ON_LIST;

    private static final Set<String> UNDER_REVIEW_WORDS = Set.of("en evaluacion de admisibilidad", "en evaluacion",
            "en revision", "pendiente", "sin decision", "por evaluar", "en estudio", "evaluacion");
    private static final Set<String> WAITING_WORDS = Set.of("en espera", "lista de espera", "espera",
            "sujeto de atencion", "admisible", "en lista de espera", "si");
    private static final Set<String> GONE_WORDS = Set.of("egresado a de la lista", "egresado", "egresada",
            "egresado a", "ingresado", "ingresada", "ingresado a", "no sujeto de atencion", "no admisible",
            "inadmisible", "desiste", "no");

    public boolean isWaiting() {
        return this == WAITING;
    }

    public boolean isUnderReview() {
        return this == UNDER_REVIEW;
    }

    /** @return the state a cell names; empty for an empty cell; null-free, {@link IllegalArgumentException} otherwise */
    static Optional<ListState> of(String cell) {
        String folded = Headers.fold(cell);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        if (UNDER_REVIEW_WORDS.contains(folded)) {
            return Optional.of(UNDER_REVIEW);
        }
        // Our own export writes "Ingreso programado para enero de 2027": still waiting, until admitted here.
        if (WAITING_WORDS.contains(folded) || folded.startsWith("ingreso programado")) {
            return Optional.of(WAITING);
        }
        if (GONE_WORDS.contains(folded) || folded.startsWith("egresad")) {
            return Optional.of(NOT_ON_LIST);
        }
        throw new IllegalArgumentException("Unknown state: " + cell);
    }
}
