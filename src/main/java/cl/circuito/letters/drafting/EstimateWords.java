package cl.circuito.letters.drafting;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.EstimateCertainty;
import cl.circuito.waitinglist.LetterFacts.EstimateRange;
import org.springframework.stereotype.Component;

/**
 * How sure an estimated admission date is, in the oficio's words (docs/estimates.md): the 90 % date and where the
 * estimate comes from, so that a referrer is never told a forecast as if it were a promise. A free place is said to
 * be there; an observed rate names its exits; the fallback says plainly that the date is uncertain.
 */
@Component
public class EstimateWords {

    private final Messages messages;

    EstimateWords(Messages messages) {
        this.messages = messages;
    }

    /** The sentence of {{estimacion_certeza}}; null without an estimate. */
    public String sentence(EstimateRange range) {
        if (range == null) {
            return null;
        }
        EstimateCertainty certainty = range.certainty();
        if (certainty == EstimateCertainty.CERTAIN) {
            return messages.get("forecast.letter.certain");
        }
        String latest = range.latestOn() == null ? messages.get("forecast.letter.noRange")
                : messages.get("forecast.letter.latest", ChileanDates.longDay(range.latestOn()));
        String basis = certainty == EstimateCertainty.OBSERVED
                ? messages.get("forecast.letter.observed", range.observedExits(), range.observedMonths())
                : messages.get("forecast.letter.uncertain");
        return latest + " " + basis;
    }

    /** The 90 % date of {{fecha_estimada_90}}, in words; null without one. */
    public String latest(EstimateRange range) {
        return range == null || range.latestOn() == null ? null : ChileanDates.longDay(range.latestOn());
    }
}
