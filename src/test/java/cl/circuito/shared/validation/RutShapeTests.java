package cl.circuito.shared.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RutShapeTests {

    @ParameterizedTest
    @ValueSource(strings = {
            // written as a RUT: dots or not, any check digit, K either case, a dash a word processor put there
            "12.345.678-5", "12345678-5", "12.345.678-9", "1.234.567-4", "1234567-4", "7.654.321-k", "7654321-K",
            "12.345678-5", "12345.678-5", "12.345.678–5", "12.345.678‑5",
            "La niña (RUT 12.345.678-5) vive con su abuela.", "rut:12345678-5.", "madre, 25.123.456-6, trabaja",
            "Antecedentes\n12.345.678-5\nfin", "(12345678-5)", "RUT del padre: 9.876.543-3",
            // called a RUT: the word says what the number is, check digit or not
            "RUT 12345678", "Rut: 12.345.678", "RUN 123456785", "R.U.T. 12.345.678", "R.U.N.: 12345678",
            "RUT N° 12.345.678", "rut nro. 12345678", "RUT número 12 345 678", "RUT12345678", "su RUN 7654321",
            // bare digits with a valid check digit
            "123456785", "ficha 123456785", "10000013K", "10000013k", "251234566", "Nº de ficha: 251234566.",
    })
    void findsARutWrittenLikeOne(String text) {
        assertThat(RutShape.foundIn(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // dates, years, times
            "15-03-2026", "2026-03-15", "15.03.2026", "20260315", "el 15/03/2026 a las 09:30-12:00", "años 2025-2026",
            // court and prosecution numbers
            "RIT C-1234-2026", "RIT F-123-2025", "RUC 2600123456-7", "RUC 1800123456-K", "causa O-12345-2024",
            // amounts and counts
            "$12.345.678", "$1.500.000 - 2 cuotas", "15000000", "1500000 pesos",
            "12.345.678 pesos", "1.234 niños", "34 de 120", "N° 13",
            // phones, however they are written
            "+56 9 8765 4321", "9 8765-4321", "912345678", "+56912345678", "+56 422345671", "+56422345671", "fono 422345671",
            "Teléfono: (42) 2345671", "cel. 987654321", "2 2345 6789", "223456789",
            // codes and ids that contain a RUT's digits inside a longer token
            "AB12345678-5", "12345678-5abc", "3f2b9a10-1234-4000-8000-123456785000", "x123456785", "1234567850",
            "12345678-55", "1.12.345.678-5",
            // a bare run whose last digit is not the check digit, and eight bare digits
            "123456789", "12345678", "7654321", "76543216", "1234567-", "12.345.678-", "12345678k",
            // words that start like RUT without a number after
            "No tiene RUT.", "el RUT está en la ficha del programa", "RUT 2026", "ruta 12345678", "rutina 123456785x",
    })
    void passesWhatIsNotARut(String text) {
        assertThat(RutShape.foundIn(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "R. P. S., 12 años, PIE y CESFAM."})
    void passesEmptyAndOrdinaryTexts(String text) {
        assertThat(RutShape.foundIn(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"422345671", "teléfono de la escuela 422345671 (sin espacios)"})
    void refusesALandlineWithoutSpacesWhenItsLastDigitHappensToBeACheckDigit(String text) {
        // The price of catching bare RUTs: 1 number in 11 of this shape. "42 234 5671" or "fono 422345671" pass.
        assertThat(RutShape.foundIn(text)).isTrue();
        assertThat(RutShape.foundIn("42 234 5671")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345.678-5", "12345678-K", "1.234.567-4"})
    void theWrittenShapeIsWhatThePageScansLookFor(String rut) {
        assertThat(RutShape.WRITTEN.matcher("<td>" + rut + "</td>").find()).isTrue();
        assertThat(RutShape.WRITTEN.matcher("<input name=\"_csrf\" value=\"a12345678-5b\">").find()).isFalse();
    }
}
