package cl.circuito.waitinglist;

import cl.circuito.waitinglist.admission.AdmissionEstimate;

import java.util.ArrayList;
import java.util.List;

/**
 * The capacity the network needs, as a model one can compute by hand (docs/capacity.md has a worked example).
 * Pure: figures in, figures out. Every caller — the circuit's capacity view, the Mesa's flows item, the implementation
 * monitoring — computes the same way.
 * <ul>
 *   <li>L: children on the list now (under review, waiting and scheduled);</li>
 *   <li>d: net demand per month, referrals received less exits from the list other than admission (not eligible,
 *   withdrawn, …), mean of the last six complete months, times (1 + the what-if's change);</li>
 *   <li>C: capacity in places (agreed capacity); S: mean stay in months = C ÷ active cases closed per month, or
 *   {@value #FALLBACK_STAY_MONTHS} when nothing closed or there are no places (as the admission estimates assume);</li>
 *   <li>W: the target wait in months (business days ÷ {@value #BUSINESS_DAYS_PER_MONTH}).</li>
 * </ul>
 * Adding ΔP places fills them at once and raises exits to e = (C + ΔP) / S a month; removing places (ΔP &lt; 0)
 * only lowers e (nobody goes back to the list). After t months the list is L_t = max(0, L + t·d − max(ΔP, 0) − t·e);
 * the wait is then about L_t ÷ e months (Little's law). The places needed are the least whole ΔP ≥ 0 with
 * L_N ≤ W·(C + ΔP)/S, i.e. ΔP ≥ (L + N·d − (N + W)·C/S) ÷ (1 + (N + W)/S). The band around L_t is the 10 %–90 %
 * range of Poisson arrivals and exits: L_t ± 1.2816·√(t·(d + e)), never below 0.
 */
public final class CapacityModel {

    /** Business days in a month, as the targets (in business days) are turned into months: 5 a week × 4.2 weeks. */
    public static final double BUSINESS_DAYS_PER_MONTH = 21.0;
    /** Mean stay when none was observed, the same twelve months the admission estimates assume. */
    public static final int FALLBACK_STAY_MONTHS = AdmissionEstimate.ASSUMED_INTERVENTION_MONTHS;
    /** The complete months the rates (demand, exits) are the mean of. */
    public static final int RATE_MONTHS = AdmissionEstimate.OBSERVED_MONTHS;
    public static final int DEFAULT_MONTHS = 6;
    public static final int MAX_MONTHS = 24;
    /** The what-if's limits: places added or removed, and the change of demand in per cent. */
    public static final int MAX_PLACES = 100_000;
    public static final int MIN_DEMAND_PERCENT = -100;
    public static final int MAX_DEMAND_PERCENT = 500;
    /** The 90th percentile of the standard normal: the band is the 10 %–90 % range. */
    static final double Z90 = 1.2816;

    private CapacityModel() {
    }

    /**
     * What the history says.
     *
     * @param waiting        L, children on the list now
     * @param demandPerMonth d, net demand per month (before the what-if)
     * @param capacity       C, places
     * @param exitsPerMonth  active cases closed per month (observed)
     * @param targetMonths   W
     */
    public record Inputs(int waiting, double demandPerMonth, int capacity, double exitsPerMonth, double targetMonths) {
    }

    /** The question: over how many months, with how many places more (or fewer), with demand changed by a percentage. */
    public record WhatIf(int months, int places, int demandPercent) {

        public static WhatIf none() {
            return new WhatIf(DEFAULT_MONTHS, 0, 0);
        }

        public boolean changesSomething() {
            return places != 0 || demandPercent != 0;
        }
    }

    /** The list expected {@code month} months from now and its 10 %–90 % band. */
    public record Point(int month, double expected, double low, double high) {
    }

    /**
     * The answer. {@code demandPerMonth}, {@code capacity} and {@code exitsPerMonth} are under the what-if; the load
     * is d ÷ e (demand in one mean stay ÷ places), null without places, as are the waits.
     */
    public record Projection(Inputs inputs, WhatIf whatIf, double stayMonths, boolean stayObserved,
                             double demandPerMonth, int capacity, double exitsPerMonth, Double load,
                             Double waitNowMonths, Double waitAtEndMonths, int placesNeeded, List<Point> forecast) {

        /** The list at the end of the horizon, expected. */
        public double listAtEnd() {
            return forecast.get(forecast.size() - 1).expected();
        }

        /** Whether, under the what-if, the wait at the end of the horizon is within the target. */
        public boolean withinTarget() {
            return listAtEnd() <= inputs.targetMonths() * exitsPerMonth && (exitsPerMonth > 0 || listAtEnd() == 0);
        }
    }

    public static double targetMonths(double businessDays) {
        return businessDays / BUSINESS_DAYS_PER_MONTH;
    }

    public static Projection project(Inputs in, WhatIf whatIf) {
        boolean observed = in.capacity() > 0 && in.exitsPerMonth() > 0;
        double stay = observed ? in.capacity() / in.exitsPerMonth() : FALLBACK_STAY_MONTHS;
        double demand = Math.max(0, in.demandPerMonth() * (100 + whatIf.demandPercent()) / 100.0);
        int capacity = Math.max(0, in.capacity() + whatIf.places());
        double exits = capacity / stay;
        int atOnce = Math.max(0, whatIf.places());
        List<Point> forecast = new ArrayList<>(whatIf.months() + 1);
        for (int t = 0; t <= whatIf.months(); t++) {
            double expected = Math.max(0, in.waiting() + t * demand - (t == 0 ? 0 : atOnce) - t * exits);
            double spread = Z90 * Math.sqrt(t * (demand + exits));
            forecast.add(new Point(t, expected, Math.max(0, expected - spread), expected + spread));
        }
        double end = forecast.get(whatIf.months()).expected();
        return new Projection(in, whatIf, stay, observed, demand, capacity, exits,
                exits > 0 ? demand / exits : null, exits > 0 ? in.waiting() / exits : null,
                exits > 0 ? end / exits : null,
                placesNeeded(in.waiting(), demand, in.capacity(), stay, in.targetMonths(), whatIf.months()), forecast);
    }

    /** The least whole ΔP ≥ 0 with L_N ≤ W·(C + ΔP)/S (the what-if's places play no part: this is the answer to it). */
    static int placesNeeded(int waiting, double demand, int capacity, double stay, double target, int months) {
        double needed = (waiting + months * demand - (months + target) * capacity / stay) / (1 + (months + target) / stay);
        // A whole place less than an exact answer would be one too few; rounding noise must not add one.
        return needed <= 1e-9 ? 0 : (int) Math.ceil(needed - 1e-9);
    }
}
