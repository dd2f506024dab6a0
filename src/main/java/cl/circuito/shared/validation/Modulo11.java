package cl.circuito.shared.validation;

/**
 * The módulo-11 check digit of a Chilean RUT/RUN: the registry validates typed RUTs with it, and the Mesas'
 * texts use it to tell a bare RUT from any other run of digits.
 */
public final class Modulo11 {

    private Modulo11() {
    }

    /** Digits from the right weighted 2..7 cyclically; 11 − (sum mod 11), with 11 → 0 and 10 → K. */
    public static char checkDigit(int body) {
        int sum = 0;
        int weight = 2;
        for (int rest = body; rest > 0; rest /= 10) {
            sum += (rest % 10) * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
        int digit = 11 - (sum % 11);
        return digit == 11 ? '0' : digit == 10 ? 'K' : (char) ('0' + digit);
    }
}
