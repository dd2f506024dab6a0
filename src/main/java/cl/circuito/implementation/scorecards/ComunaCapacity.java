package cl.circuito.implementation.scorecards;

import cl.circuito.waitinglist.CapacityFigures;
import cl.circuito.waitinglist.CapacityModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The capacity of a Mesa's comuna as information beside its indicators (not an indicator: it has no threshold, and
 * it is today's, not the year's): the list now, the median wait of the children admitted lately and the load, counted
 * as the circuit's capacity view counts them. Counts only; the caller has already checked the Mesa is in scope.
 */
@Service
@Transactional(readOnly = true)
public class ComunaCapacity {

    /** {@code load}: demand ÷ places freed a month (null without places); {@code medianWaitDays} null when none admitted. */
    public record Lines(int onList, Integer medianWaitDays, Double load, int placesNeeded) {
    }

    private final CapacityFigures figures;
    private final Clock clock;

    ComunaCapacity(CapacityFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    public Lines of(MesaScorecard card) {
        CapacityFigures.Part total = figures.of(new CapacityFigures.Area(CapacityFigures.Level.COMUNA,
                card.mesa().comunaCode()), LocalDate.now(clock)).total();
        CapacityModel.Projection p = CapacityModel.project(total.inputs(), CapacityModel.WhatIf.none());
        return new Lines(total.onList(), total.medianWaitDays(), p.load(), p.placesNeeded());
    }
}
