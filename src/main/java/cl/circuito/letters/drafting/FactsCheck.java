package cl.circuito.letters.drafting;

import java.util.List;

/**
 * How a draft stands against the current facts, as its page and the API show it and as issuing checks it.
 *
 * @param follows           whether the draft follows the facts at all (a correction's copied text does not)
 * @param supersededBecause why the facts no longer call for the draft (Spanish), or null
 * @param changes           each fact that differs from what the draft states: its label, before and after
 * @param marked            Circuito found the facts changed under the director's text and waits for review
 * @param textEdited        the director edited the text (so Circuito does not rewrite it by itself)
 */
public record FactsCheck(boolean follows, String supersededBecause, List<Change> changes, boolean marked,
                         boolean textEdited) {

    static final FactsCheck NOT_FOLLOWED = new FactsCheck(false, null, List.of(), false, false);

    /** One fact: "Programa más pertinente", «PPF Ñuble» → «PIE Chillán» (null: no value on file). */
    public record Change(String label, String before, String after) {
    }

    /** The draft states the current facts and may be issued as far as they are concerned. */
    public boolean current() {
        return supersededBecause == null && changes.isEmpty() && !marked;
    }
}
