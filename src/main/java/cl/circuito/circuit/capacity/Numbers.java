package cl.circuito.circuit.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The model's figures as people read them: children whole, rates with one decimal, the load with two. */
final class Numbers {

    private Numbers() {
    }

    static long round(double value) {
        return Math.round(value);
    }

    static BigDecimal one(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal two(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
