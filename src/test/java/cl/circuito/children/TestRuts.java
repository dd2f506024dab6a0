package cl.circuito.children;

import cl.circuito.testing.Fixtures;

/** Fictional RUTs as {@link Rut} values and as people type them, from {@link Fixtures#rut()}. */
public final class TestRuts {

    private TestRuts() {
    }

    public static Rut next() {
        return Rut.parse(Fixtures.rut());
    }

    /** As people type it: "45.000.013-4". */
    public static String typed() {
        return next().formatted();
    }
}
