package cl.circuito.children;

import cl.circuito.shared.validation.Modulo11;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chilean RUT/RUN: body and check digit (módulo 11). Parsed from what people type: with or without
 * dots and dash, K or k.
 */
public record Rut(int body, char checkDigit) {

    private static final Pattern TYPED = Pattern.compile("^(\\d{1,2}(?:\\.?\\d{3}){2}|\\d{1,8})-?([\\dkK])$");

    public Rut {
        if (body < 1 || body > 99_999_999) {
            throw new InvalidRut();
        }
        if (checkDigit != checkDigitOf(body)) {
            throw new InvalidRut();
        }
    }

    /** Parses "12.345.678-5", "12345678-5", "123456785", "7.654.321-k"; throws {@link InvalidRut} otherwise. */
    public static Rut parse(String typed) {
        if (typed == null) {
            throw new InvalidRut();
        }
        Matcher m = TYPED.matcher(typed.trim().replace(" ", ""));
        if (!m.matches()) {
            throw new InvalidRut();
        }
        int body = Integer.parseInt(m.group(1).replace(".", ""));
        return new Rut(body, Character.toUpperCase(m.group(2).charAt(0)));
    }

    public static boolean isValid(String typed) {
        try {
            parse(typed);
            return true;
        } catch (InvalidRut e) {
            return false;
        }
    }

    static char checkDigitOf(int body) {
        return Modulo11.checkDigit(body);
    }

    /** As stored and compared: "12345678-5". */
    public String canonical() {
        return body + "-" + checkDigit;
    }

    /** As people read it: "12.345.678-5". */
    public String formatted() {
        return String.format("%,d", body).replace(',', '.') + "-" + checkDigit;
    }

    @Override
    public String toString() {
        return formatted();
    }
}
