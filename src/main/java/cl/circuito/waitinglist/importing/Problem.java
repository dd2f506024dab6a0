package cl.circuito.waitinglist.importing;

import java.util.List;

/**
 * What is wrong with a row, or worth saying about it: the column it is about (null for the whole row) and a
 * message of the bundle with its arguments.
 */
record Problem(ListField column, String messageKey, List<Object> arguments) {

    Problem {
        arguments = List.copyOf(arguments);
    }

    static Problem of(ListField column, String messageKey, Object... arguments) {
        return new Problem(column, messageKey, List.of(arguments));
    }
}
