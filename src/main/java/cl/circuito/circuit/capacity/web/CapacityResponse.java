package cl.circuito.circuit.capacity.web;

import cl.circuito.circuit.capacity.NetworkCapacity;
import cl.circuito.waitinglist.CapacityFigures;
import cl.circuito.waitinglist.CapacityModel;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The capacity figures over JSON, the same numbers as the page (its charts read this very shape). Rates and the
 * model's figures with two decimals.
 *
 * @param area       the area as the API's {@code area} parameter names it
 * @param up         the area above it, when the user may ask about it (null otherwise)
 * @param rateFrom   first complete month of the rates (demand, exits); {@code rateTo} the last
 * @param projection the area under the what-if; {@code baseline} without it
 */
@Schema(name = "CapacityResponse")
record CapacityResponse(String area, String areaName, String level, String up, LocalDate asOf, YearMonth rateFrom,
                        YearMonth rateTo, CapacityPart total, CapacityProjection projection,
                        CapacityProjection baseline, List<CapacityPart> parts, List<CapacityMonth> months) {

    static CapacityResponse of(NetworkCapacity.Report r) {
        CapacityFigures.Figures f = r.figures();
        YearMonth current = f.rateTo().plusMonths(1);
        return new CapacityResponse(r.areaValue(), r.areaName(), r.level().name(), r.up(), f.asOf(), f.rateFrom(),
                f.rateTo(), CapacityPart.of(f.total(), null, null), CapacityProjection.of(r.projection(), current),
                CapacityProjection.of(r.baseline(), current),
                r.parts().stream().map(p -> CapacityPart.of(p.figures(), p.projection(), p.area())).toList(),
                f.months().stream().map(CapacityMonth::of).toList());
    }

    static BigDecimal two(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * An area or one of its parts: flows over the rate months, the list now, waits of the children admitted since
     * the first rate month (receipt → admission, calendar days). For a part, its own places needed (the what-if's
     * months and demand, not its places) and the area to ask about it, when the user may.
     */
    @Schema(name = "CapacityPartResponse")
    record CapacityPart(String key, String name, int programs, int capacity, BigDecimal targetBusinessDays, int onList,
                        int underReview, int received, int admitted, int otherExits, int casesClosed,
                        int admittedForWaits, Integer medianWaitDays, Integer p90WaitDays,
                        BigDecimal netDemandPerMonth, BigDecimal casesClosedPerMonth, BigDecimal load,
                        Integer placesNeeded, String area) {

        static CapacityPart of(CapacityFigures.Part p, CapacityModel.Projection projection, String area) {
            CapacityModel.Inputs in = p.inputs();
            return new CapacityPart(p.key(), p.name(), p.programs(), p.capacity(), two(p.targetBusinessDays()),
                    p.onList(), p.underReview(), p.received(), p.admitted(), p.otherExits(), p.casesClosed(),
                    p.admittedForWaits(), p.medianWaitDays(), p.p90WaitDays(), two(in.demandPerMonth()),
                    two(in.exitsPerMonth()), projection == null ? null : two(projection.load()),
                    projection == null ? null : projection.placesNeeded(), area);
        }
    }

    /** The model's answer under a what-if (docs/capacity.md). */
    @Schema(name = "CapacityProjectionResponse")
    record CapacityProjection(int months, int places, int demandPercent, BigDecimal targetMonths,
                              BigDecimal stayMonths, boolean stayObserved, BigDecimal demandPerMonth, int capacity,
                              BigDecimal exitsPerMonth, BigDecimal load, BigDecimal waitNowMonths,
                              BigDecimal waitAtEndMonths, int placesNeeded, boolean withinTarget,
                              List<CapacityPoint> forecast) {

        static CapacityProjection of(CapacityModel.Projection p, YearMonth current) {
            CapacityModel.WhatIf w = p.whatIf();
            return new CapacityProjection(w.months(), w.places(), w.demandPercent(), two(p.inputs().targetMonths()),
                    two(p.stayMonths()), p.stayObserved(), two(p.demandPerMonth()), p.capacity(), two(p.exitsPerMonth()),
                    two(p.load()), two(p.waitNowMonths()), two(p.waitAtEndMonths()), p.placesNeeded(),
                    p.withinTarget(), p.forecast().stream()
                            .map(pt -> new CapacityPoint(pt.month(), current.plusMonths(pt.month()), two(pt.expected()),
                                    two(pt.low()), two(pt.high())))
                            .toList());
        }
    }

    /** The list expected {@code monthsAhead} months from now (at the end of {@code month}), and its 10 %–90 % band. */
    @Schema(name = "CapacityPointResponse")
    record CapacityPoint(int monthsAhead, YearMonth month, BigDecimal expected, BigDecimal low, BigDecimal high) {
    }

    /** A month of history; the current one up to today. */
    @Schema(name = "CapacityMonthResponse")
    record CapacityMonth(YearMonth month, int received, int admitted, int otherExits, int casesClosed,
                         int onListAtEnd) {

        static CapacityMonth of(CapacityFigures.Month m) {
            return new CapacityMonth(m.month(), m.received(), m.admitted(), m.otherExits(), m.casesClosed(),
                    m.onListAtEnd());
        }
    }
}
