package cl.circuito.implementation.web;

import cl.circuito.implementation.scorecards.Indicator;
import cl.circuito.implementation.scorecards.IndicatorKind;
import cl.circuito.implementation.scorecards.Mark;
import cl.circuito.implementation.scorecards.MesaScorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The overview's table and its summary per region: how many Mesas have each mark on each indicator. */
record Overview(List<MesaScorecard> rows, List<RegionSummary> regions) {

    /** {@code counts}: per indicator, per mark, how many Mesas of the region. */
    record RegionSummary(String regionCode, String regionName, int mesas, Map<IndicatorKind, Map<Mark, Integer>> counts) {

        public int count(IndicatorKind kind, Mark mark) {
            return counts.get(kind).getOrDefault(mark, 0);
        }
    }

    /**
     * {@code sort}: null for region, comuna and Mesa; an indicator's name for the worst marks first (red, amber,
     * green, without data), then the worse value. {@code onlyRed}: Mesas with at least one red mark.
     */
    static Overview of(List<MesaScorecard> cards, IndicatorKind sort, boolean onlyRed) {
        Map<String, List<MesaScorecard>> byRegion = new LinkedHashMap<>();
        cards.forEach(c -> byRegion.computeIfAbsent(c.mesa().regionCode(), r -> new ArrayList<>()).add(c));
        List<RegionSummary> regions = new ArrayList<>();
        byRegion.forEach((code, list) -> {
            Map<IndicatorKind, Map<Mark, Integer>> counts = new EnumMap<>(IndicatorKind.class);
            for (IndicatorKind kind : IndicatorKind.values()) {
                Map<Mark, Integer> marks = new EnumMap<>(Mark.class);
                list.forEach(c -> marks.merge(c.indicator(kind).mark(), 1, Integer::sum));
                counts.put(kind, marks);
            }
            regions.add(new RegionSummary(code, list.get(0).mesa().regionName(), list.size(), counts));
        });
        List<MesaScorecard> rows = new ArrayList<>(cards.stream()
                .filter(c -> !onlyRed || c.indicators().stream().anyMatch(i -> i.mark() == Mark.RED))
                .toList());
        if (sort != null) {
            Comparator<MesaScorecard> bySeverity = Comparator.comparingInt(c -> severity(c.indicator(sort).mark()));
            Comparator<MesaScorecard> byValue = Comparator.comparingDouble(c -> worseFirst(c.indicator(sort)));
            rows.sort(bySeverity.thenComparing(byValue));
        }
        return new Overview(List.copyOf(rows), List.copyOf(regions));
    }

    private static int severity(Mark mark) {
        switch (mark) {
            case RED:
                return 0;
            case AMBER:
                return 1;
            case GREEN:
                return 2;
            default:
                return 3;
        }
    }

    private static double worseFirst(Indicator i) {
        double v = i.value() == null ? 0 : i.value();
        return i.kind().higherIsBetter() ? v : -v;
    }
}
