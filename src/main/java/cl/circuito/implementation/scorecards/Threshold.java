package cl.circuito.implementation.scorecards;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Where an indicator turns green and amber, as the national team sets it. For a higher-is-better indicator the
 * mark is green from {@code green} up, amber from {@code amber} up, red below; for {@link IndicatorKind#AGREEMENTS_OVERDUE}
 * green up to {@code green}, amber up to {@code amber}, red above.
 */
@Entity
@Table(name = "implementation_threshold")
class Threshold {

    /** Thresholds are written with at most two decimals (0.5 case reviews per session). */
    static final int SCALE = 2;
    static final BigDecimal MAX_COUNT = new BigDecimal("999999.99");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    @Id
    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;
    @Version
    private long version;
    private BigDecimal green;
    private BigDecimal amber;
    private Instant updatedAt;
    private String updatedByName;

    protected Threshold() {
    }

    Threshold(IndicatorKind kind, BigDecimal green, BigDecimal amber) {
        this.kind = kind;
        this.green = green;
        this.amber = amber;
    }

    /** Sets both values after checking them together; a refused pair changes nothing. */
    void set(BigDecimal newGreen, BigDecimal newAmber, String byName, Instant now) {
        check(kind, newGreen, newAmber);
        this.green = newGreen.setScale(SCALE, RoundingMode.HALF_UP);
        this.amber = newAmber.setScale(SCALE, RoundingMode.HALF_UP);
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /**
     * Percents between 0 and 100, counts and averages not negative, at most two decimals, and green not worse
     * than amber (for overdue agreements, green not above amber).
     */
    static void check(IndicatorKind kind, BigDecimal green, BigDecimal amber) {
        checkValue(kind, "green", green);
        checkValue(kind, "amber", amber);
        if (kind.higherIsBetter() ? green.compareTo(amber) < 0 : green.compareTo(amber) > 0) {
            throw ImplementationRuleViolation.invalid("green", kind.higherIsBetter()
                    ? "implementation.error.greenBelowAmber" : "implementation.error.greenAboveAmber");
        }
    }

    private static void checkValue(IndicatorKind kind, String field, BigDecimal value) {
        if (value == null) {
            throw ImplementationRuleViolation.invalid(field, "implementation.error.required");
        }
        if (value.signum() < 0) {
            throw ImplementationRuleViolation.invalid(field, "implementation.error.negative");
        }
        if (kind.percent() && value.compareTo(HUNDRED) > 0) {
            throw ImplementationRuleViolation.invalid(field, "implementation.error.percentRange");
        }
        if (value.compareTo(MAX_COUNT) > 0) {
            throw ImplementationRuleViolation.invalid(field, "implementation.error.tooLarge");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw ImplementationRuleViolation.invalid(field, "implementation.error.decimals");
        }
    }

    public IndicatorKind kind() {
        return kind;
    }

    public long version() {
        return version;
    }

    public BigDecimal green() {
        return green;
    }

    public BigDecimal amber() {
        return amber;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedByName() {
        return updatedByName;
    }
}
