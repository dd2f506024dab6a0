package cl.circuito.implementation;

import cl.circuito.shared.security.Actor;

import java.util.List;
import java.util.UUID;

/**
 * The scorecards of the Mesas an actor may monitor, computed from the Mesas' own records (sessions,
 * attendance, plan, agreements, case reviews, activities, protocols) and marked with the national
 * thresholds. Needs {@code MONITOR_IMPLEMENTATION}; the territorial manager sees her region's Mesas only.
 * Years before the Mesa's founding, or in the future, are refused with an error on {@code year}.
 */
public interface ImplementationFigures {

    /** Every Mesa in scope, or only those of {@code regionCode} when given (null: all in scope), by region and comuna. */
    List<MesaScorecard> scorecards(Actor actor, int year, String regionCode);

    /** One Mesa's scorecard; a Mesa out of scope is not found (404). */
    MesaScorecard scorecard(Actor actor, UUID mesaId, int year);
}
