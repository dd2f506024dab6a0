package cl.circuito.implementation.web;

import cl.circuito.implementation.scorecards.Indicator;
import cl.circuito.implementation.scorecards.IndicatorKind;
import cl.circuito.implementation.scorecards.Mark;
import cl.circuito.implementation.scorecards.ThresholdRule;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How an indicator reads on the pages (templates call it as {@code @implementationFormat}): its value in Chilean
 * notation with its unit, the counts behind it, its threshold rule in words, the badge of its mark.
 */
@Component("implementationFormat")
public class IndicatorFormat {

    private static final Locale CHILE = Locale.forLanguageTag("es-CL");

    private final Messages messages;

    IndicatorFormat(Messages messages) {
        this.messages = messages;
    }

    /** "75 %", "0,33", "2"; "Sin planificación" for a Mesa without a plan; "—" when there is nothing to measure. */
    public String value(Indicator i) {
        if (i.value() == null) {
            return "—";
        }
        if (i.kind() == IndicatorKind.PLAN_PROGRESS && i.numerator() == null) {
            return messages.get("implementation.noPlan");
        }
        return number(BigDecimal.valueOf(i.value()), i.kind());
    }

    /** The counts behind a ratio: "9 de 12"; empty for a plain count. */
    public String counts(Indicator i) {
        if (i.numerator() == null || i.denominator() == null || i.denominator() == 0) {
            return "";
        }
        return messages.get("implementation.counts", i.numerator(), i.denominator());
    }

    public String number(BigDecimal value, IndicatorKind kind) {
        DecimalFormat format = new DecimalFormat(kind == IndicatorKind.CASE_REVIEWS_PER_SESSION ? "0.##" : "0.#",
                DecimalFormatSymbols.getInstance(CHILE));
        return format.format(value) + (kind.percent() ? " %" : "");
    }

    /** "Verde desde 90 %; ámbar desde 70 %; rojo por debajo." (overdue agreements: "hasta"). */
    public String rule(ThresholdRule rule) {
        return messages.get(rule.kind().higherIsBetter() ? "implementation.rule.higher" : "implementation.rule.lower",
                number(rule.green(), rule.kind()), number(rule.amber(), rule.kind()));
    }

    public String mark(Mark mark) {
        return messages.get("implementation.mark." + mark.name());
    }

    /** Bootstrap classes of the badge; the words are always printed inside it. */
    public String badge(Mark mark) {
        switch (mark) {
            case GREEN:
                return "text-bg-success";
            case AMBER:
                return "text-bg-warning";
            case RED:
                return "text-bg-danger";
            default:
                return "text-bg-secondary";
        }
    }

}
