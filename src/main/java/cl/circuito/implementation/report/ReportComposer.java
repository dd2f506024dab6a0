package cl.circuito.implementation.report;

import cl.circuito.implementation.reflections.ReflectionAspect;
import cl.circuito.implementation.reflections.ReflectionView;
import cl.circuito.implementation.scorecards.Indicator;
import cl.circuito.implementation.scorecards.IndicatorKind;
import cl.circuito.implementation.scorecards.Mark;
import cl.circuito.implementation.scorecards.MesaScorecard;
import cl.circuito.implementation.scorecards.ReportScope;
import cl.circuito.shared.text.ChileanDates;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the yearly report's words from the scorecards, the reflections and the managers' notes. Pure: what it
 * needs comes in, texts come from the message bundles through {@link Texts}.
 */
final class ReportComposer {

    /** The message bundles (shared.web.Messages::get in the application). */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    /** What the report is made of. {@code preparedBy}: who prepared it (the notes' author, or who asks). */
    public record Input(ReportScope scope, int year, List<MesaScorecard> scorecards,
                       Map<UUID, List<ReflectionView>> reflections, ManagerNoteView notes, String preparedBy,
                       LocalDate preparedOn) {
    }

    private static final Locale ES_CL = Locale.forLanguageTag("es-CL");

    private final Texts t;

    public ReportComposer(Texts texts) {
        this.t = texts;
    }

    public ReportDocument compose(Input in) {
        String year = String.valueOf(in.year());
        List<String> summaryHeader = List.of(t.get("report.summary.indicator"), t.get("implementation.mark.GREEN"),
                t.get("implementation.mark.AMBER"), t.get("implementation.mark.RED"),
                t.get("implementation.mark.NOT_APPLICABLE"));
        List<String> indicatorHeader = List.of(t.get("report.table.indicator"), t.get("report.table.value"),
                t.get("report.table.mark"));
        List<String> conclusions = new ArrayList<>(paragraphs(in.notes().conclusions()));
        conclusions.add(in.scorecards().isEmpty() ? t.get("report.summary.none")
                : in.scorecards().size() == 1 ? t.get("report.summary.introOne")
                : t.get("report.summary.intro", String.valueOf(in.scorecards().size())));
        return new ReportDocument(
                "informe-mgc-" + year + "-" + in.scope().slug(),
                t.get("report.title", year, in.scope().label()),
                t.get("report.preparedBy"), in.preparedBy(), t.get("report.date"), ChileanDates.longDay(in.preparedOn()),
                t.get("report.section.presentation"), presentation(in),
                t.get("report.section.functioning"), in.scorecards().stream().map(this::functioning).toList(),
                t.get("report.managersComment"), paragraphs(in.notes().functioning()),
                t.get("report.section.process"),
                in.scorecards().stream().map(s -> process(s, in.reflections().getOrDefault(s.mesa().id(), List.of())))
                        .toList(),
                t.get("report.managersComment"), paragraphs(in.notes().process()),
                t.get("report.section.conclusions"), conclusions, t.get("report.summary.title"),
                summaryHeader, summary(in.scorecards()), indicatorHeader);
    }

    private List<String> presentation(Input in) {
        List<String> lines = new ArrayList<>(paragraphs(in.notes().presentation()));
        List<MesaScorecard> cards = in.scorecards();
        String where = in.scope().isNational() ? t.get("report.country") : in.scope().label();
        if (cards.isEmpty()) {
            lines.add(t.get("report.coverage.none", where, String.valueOf(in.year())));
            return lines;
        }
        long comunas = cards.stream().map(c -> c.mesa().comunaCode()).distinct().count();
        List<String> names = cards.stream().map(c -> c.mesa().comunaName()).distinct().toList();
        String key = cards.size() == 1 ? "report.coverage.one" : "report.coverage.many";
        lines.add(t.get(key, where, String.valueOf(cards.size()), String.valueOf(comunas), join(names)));
        if (in.scope().isNational()) {
            long regions = cards.stream().map(c -> c.mesa().regionCode()).distinct().count();
            lines.add(t.get(regions == 1 ? "report.coverage.regionsOne" : "report.coverage.regions",
                    String.valueOf(regions)));
        }
        return lines;
    }

    private ReportDocument.MesaFunctioning functioning(MesaScorecard card) {
        MesaScorecard.Profile p = card.profile();
        List<String> s = new ArrayList<>();
        s.add(t.get("report.sentence.sessions", String.valueOf(p.sessionsHeld()), String.valueOf(p.sessionsExpected()),
                t.get("mesas.frequency." + card.mesa().frequency()).toLowerCase(ES_CL)));
        if (p.coFacilitators().isEmpty()) {
            s.add(t.get("report.sentence.noCoLeadership"));
        } else {
            s.add(t.get(p.managerCoLeads() ? "report.sentence.coLeadershipManager" : "report.sentence.coLeadership",
                    join(p.coFacilitators())));
        }
        Indicator plan = card.indicator(IndicatorKind.PLAN_PROGRESS);
        s.add(p.planPeriod() == null ? t.get("report.sentence.noPlan")
                : t.get("report.sentence.plan", p.planPeriod(), number(plan.numerator()), number(plan.denominator()),
                percent(plan.value())));
        Indicator attendance = card.indicator(IndicatorKind.PERMANENT_ATTENDANCE);
        s.add(t.get("report.sentence.permanent", String.valueOf(p.permanentMembers().size()),
                p.permanentMembers().isEmpty() ? t.get("report.nobody") : join(p.permanentMembers()),
                attendance.value() == null ? t.get("report.sentence.noSessions")
                        : t.get("report.ratio", percent(attendance.value()), number(attendance.numerator()),
                        number(attendance.denominator()))));
        s.add(p.occasionalConvened().isEmpty() ? t.get("report.sentence.noOccasional")
                : t.get("report.sentence.occasional", join(p.occasionalConvened())));
        if (p.caseReviews() == 0) {
            s.add(t.get("report.sentence.noCases"));
        } else {
            Indicator perSession = card.indicator(IndicatorKind.CASE_REVIEWS_PER_SESSION);
            s.add(t.get("report.sentence.cases", String.valueOf(p.caseReviews()), decimal(perSession.value()),
                    counted(p.caseReviewsByCriterion(), "mesacases.criterion.short.")));
        }
        s.add(t.get("report.sentence.goodPractices", String.valueOf(
                p.caseReviewsByCriterion().getOrDefault("GOOD_PRACTICE", 0))));
        Indicator done = card.indicator(IndicatorKind.AGREEMENTS_DONE);
        s.add(t.get("report.sentence.agreements", String.valueOf(p.agreementsMade()), number(done.numerator()),
                number(done.denominator()), decimal(card.indicator(IndicatorKind.AGREEMENTS_OVERDUE).value())));
        int activities = p.activitiesByKind().values().stream().mapToInt(Integer::intValue).sum();
        s.add(activities == 0 ? t.get("report.sentence.noOutreach")
                : t.get("report.sentence.outreach", String.valueOf(activities),
                counted(p.activitiesByKind(), "mesamembers.activityKind.")));
        s.add(t.get("report.sentence.protocols", String.valueOf(p.protocolsInForce())));
        List<ReportDocument.IndicatorRow> rows = card.indicators().stream()
                .map(i -> new ReportDocument.IndicatorRow(t.get("implementation.indicator." + i.kind()), value(i),
                        t.get("implementation.mark." + i.mark()), i.mark()))
                .toList();
        return new ReportDocument.MesaFunctioning(heading(card), s, rows);
    }

    private ReportDocument.MesaProcess process(MesaScorecard card, List<ReflectionView> reflections) {
        List<ReportDocument.SemesterProcess> semesters = new ArrayList<>();
        for (ReflectionView r : reflections) {
            List<ReportDocument.HeadingLines> headings = new ArrayList<>();
            for (ReflectionAspect.Heading h : ReflectionAspect.Heading.values()) {
                if (r.says(h)) {
                    headings.add(new ReportDocument.HeadingLines(t.get("reflections.heading." + h),
                            r.under(h).stream().map(a -> t.get("reflections.aspect." + a)).toList(), r.notes(h)));
                }
            }
            semesters.add(new ReportDocument.SemesterProcess(
                    t.get("reflections.semester." + r.semester(), String.valueOf(r.year())), headings,
                    t.get("report.reflectionBy", r.updatedByName())));
        }
        return new ReportDocument.MesaProcess(heading(card), semesters,
                semesters.isEmpty() ? t.get("report.noReflection") : null);
    }

    private List<ReportDocument.SummaryRow> summary(List<MesaScorecard> cards) {
        List<ReportDocument.SummaryRow> rows = new ArrayList<>();
        for (IndicatorKind kind : IndicatorKind.values()) {
            Map<Mark, Integer> counts = new EnumMap<>(Mark.class);
            for (MesaScorecard card : cards) {
                card.indicators().stream().filter(i -> i.kind() == kind).findFirst()
                        .ifPresent(i -> counts.merge(i.mark(), 1, Integer::sum));
            }
            rows.add(new ReportDocument.SummaryRow(t.get("implementation.indicator." + kind),
                    counts.getOrDefault(Mark.GREEN, 0), counts.getOrDefault(Mark.AMBER, 0),
                    counts.getOrDefault(Mark.RED, 0), counts.getOrDefault(Mark.NOT_APPLICABLE, 0)));
        }
        return rows;
    }

    private String heading(MesaScorecard card) {
        return t.get("report.mesaHeading", card.mesa().name(), card.mesa().comunaName());
    }

    /** The indicator's value as the table shows it, with the counts behind a ratio. */
    String value(Indicator i) {
        if (i.value() == null) {
            return t.get("report.noValue");
        }
        if (i.kind() == IndicatorKind.CO_LEADERSHIP) {
            return t.get("report.coLeadership." + Math.round(i.value()));
        }
        if (i.kind().percent()) {
            return i.denominator() == null || i.denominator() == 0 ? percent(i.value())
                    : t.get("report.ratio", percent(i.value()), number(i.numerator()), number(i.denominator()));
        }
        if (i.kind() == IndicatorKind.CASE_REVIEWS_PER_SESSION) {
            return t.get("report.perSession", decimal(i.value()), number(i.numerator()), number(i.denominator()));
        }
        return decimal(i.value());
    }

    private String counted(Map<String, Integer> counts, String prefix) {
        List<String> parts = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n != null && n > 0) {
                parts.add(t.get(prefix + k) + " (" + n + ")");
            }
        });
        return String.join(", ", parts);
    }

    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "A", "A y B", "A, B y C". */
    static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " y " + names.get(names.size() - 1);
    }

    private static String number(Integer n) {
        return n == null ? "0" : String.valueOf(n);
    }

    private static String percent(Double value) {
        return decimal(value) + " %";
    }

    private static String decimal(Double value) {
        if (value == null) {
            return "0";
        }
        NumberFormat format = NumberFormat.getNumberInstance(ES_CL);
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
