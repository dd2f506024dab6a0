package cl.circuito.waitinglist;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The model on a known history, computed by hand (docs/capacity.md has the same example):
 * L = 120 on the list, d = 20 a month (net), C = 100 places, 10 cases closed a month → S = 100 / 10 = 10 months,
 * target 63 business days → W = 63 / 21 = 3 months, N = 6.
 * <pre>
 * places needed: (120 + 6·20 − (6 + 3)·100/10) / (1 + (6 + 3)/10) = (240 − 90) / 1.9 = 78.95 → 79
 *   check: ΔP = 79 → e = 17.9, L_6 = 120 + 120 − 79 − 6·17.9 = 53.6 ≤ 3·17.9 = 53.7
 *          ΔP = 78 → e = 17.8, L_6 = 162 − 106.8 = 55.2 &gt; 3·17.8 = 53.4
 * no what-if: e = 10, L_t = 120 + 10·t: L_1 = 130, L_6 = 180; σ_1 = √(1·30) = 5.477, band 130 ± 7.02;
 *   σ_6 = √(6·30) = 13.416, band 180 ± 17.19; load d/e = 2.00; wait now 120/10 = 12 months, at 6: 18 months
 * demand −50 %: d = 10, places needed (120 + 60 − 90) / 1.9 = 47.37 → 48
 * 40 places more: e = 14, L_6 = 120 + 120 − 40 − 84 = 116, wait 116/14 = 8.29 months
 * </pre>
 */
class CapacityModelTests {

    static final CapacityModel.Inputs KNOWN = new CapacityModel.Inputs(120, 20, 100, 10, 63 / 21.0);

    @Test
    void placesNeededAreTheLeastWholeNumberThatBringsTheWaitUnderTheTarget() {
        CapacityModel.Projection p = CapacityModel.project(KNOWN, CapacityModel.WhatIf.none());
        assertThat(p.placesNeeded()).isEqualTo(79);
        assertThat(p.stayMonths()).isEqualTo(10.0);
        assertThat(p.stayObserved()).isTrue();

        CapacityModel.Projection with79 = CapacityModel.project(KNOWN, new CapacityModel.WhatIf(6, 79, 0));
        assertThat(with79.listAtEnd()).isCloseTo(53.6, within(1e-9));
        assertThat(with79.withinTarget()).isTrue();
        CapacityModel.Projection with78 = CapacityModel.project(KNOWN, new CapacityModel.WhatIf(6, 78, 0));
        assertThat(with78.listAtEnd()).isCloseTo(55.2, within(1e-9));
        assertThat(with78.withinTarget()).isFalse();
    }

    @Test
    void theForecastGrowsByDemandLessExitsWithAPoissonBand() {
        CapacityModel.Projection p = CapacityModel.project(KNOWN, CapacityModel.WhatIf.none());
        assertThat(p.forecast()).hasSize(7);
        assertThat(p.forecast().get(0).expected()).isEqualTo(120.0);
        assertThat(p.forecast().get(0).low()).isEqualTo(120.0);
        assertThat(p.forecast().get(1).expected()).isEqualTo(130.0);
        assertThat(p.forecast().get(1).low()).isCloseTo(130 - 7.02, within(0.01));
        assertThat(p.forecast().get(1).high()).isCloseTo(130 + 7.02, within(0.01));
        assertThat(p.forecast().get(6).expected()).isEqualTo(180.0);
        assertThat(p.forecast().get(6).high()).isCloseTo(180 + 17.19, within(0.01));
        assertThat(p.load()).isEqualTo(2.0);
        assertThat(p.waitNowMonths()).isEqualTo(12.0);
        assertThat(p.waitAtEndMonths()).isEqualTo(18.0);
    }

    @Test
    void theWhatIfRedrawsTheForecastAndTheDemandChangesThePlacesNeeded() {
        CapacityModel.Projection more = CapacityModel.project(KNOWN, new CapacityModel.WhatIf(6, 40, 0));
        assertThat(more.capacity()).isEqualTo(140);
        assertThat(more.exitsPerMonth()).isCloseTo(14.0, within(1e-9));
        assertThat(more.listAtEnd()).isCloseTo(116.0, within(1e-9));
        assertThat(more.waitAtEndMonths()).isCloseTo(8.29, within(0.01));
        // The places needed answer the what-if; its own places do not change them.
        assertThat(more.placesNeeded()).isEqualTo(79);

        CapacityModel.Projection half = CapacityModel.project(KNOWN, new CapacityModel.WhatIf(6, 0, -50));
        assertThat(half.demandPerMonth()).isEqualTo(10.0);
        assertThat(half.placesNeeded()).isEqualTo(48);
    }

    @Test
    void removingPlacesOnlySlowsTheExitsAndTheListNeverGoesBelowZero() {
        CapacityModel.Projection fewer = CapacityModel.project(KNOWN, new CapacityModel.WhatIf(1, -50, 0));
        // e = 50 / 10 = 5: L_1 = 120 + 20 − 5 = 135; nobody goes back to the list at once.
        assertThat(fewer.listAtEnd()).isCloseTo(135.0, within(1e-9));

        CapacityModel.Inputs small = new CapacityModel.Inputs(5, 1, 100, 10, 3);
        CapacityModel.Projection drained = CapacityModel.project(small, new CapacityModel.WhatIf(3, 0, 0));
        assertThat(drained.forecast()).allSatisfy(pt -> assertThat(pt.expected()).isGreaterThanOrEqualTo(0));
        assertThat(drained.listAtEnd()).isZero();
        assertThat(drained.placesNeeded()).isZero();
    }

    @Test
    void withoutObservedExitsTheStayIsTwelveMonthsAndWithoutPlacesThereIsNoWait() {
        CapacityModel.Projection fallback = CapacityModel.project(new CapacityModel.Inputs(24, 2, 12, 0, 3),
                CapacityModel.WhatIf.none());
        // S = 12, e = 1: L_6 = 24 + 12 − 6 = 30; places (24 + 12 − 9·12/12) / (1 + 9/12) = 27 / 1.75 = 15.43 → 16
        assertThat(fallback.stayObserved()).isFalse();
        assertThat(fallback.stayMonths()).isEqualTo(12.0);
        assertThat(fallback.listAtEnd()).isEqualTo(30.0);
        assertThat(fallback.placesNeeded()).isEqualTo(16);

        CapacityModel.Projection none = CapacityModel.project(new CapacityModel.Inputs(10, 2, 0, 0, 3),
                CapacityModel.WhatIf.none());
        assertThat(none.load()).isNull();
        assertThat(none.waitAtEndMonths()).isNull();
        assertThat(none.withinTarget()).isFalse();
        // (10 + 12) / (1 + 9/12) = 12.57 → 13
        assertThat(none.placesNeeded()).isEqualTo(13);
    }
}
