package cl.circuito.children;

import cl.circuito.testing.Fixtures;

/** Fictional RUTs, valid (módulo 11) and unique in the shared test database: from a range no real person has. */
public final class TestRuts {

    private TestRuts() {
    }

    public static Rut next() {
        int body = 45_000_000 + Fixtures.next() * 13;
        for (char d : "0123456789K".toCharArray()) {
            if (Rut.isValid(body + "-" + d)) {
                return Rut.parse(body + "-" + d);
            }
        }
        throw new IllegalStateException("Every RUT body has a check digit");
    }

    /** As people type it: "45.000.013-4". */
    public static String typed() {
        return next().formatted();
    }
}
