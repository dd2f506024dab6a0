package cl.circuito.implementation.report;

import cl.circuito.implementation.scorecards.Mark;

import java.util.List;

/**
 * The yearly report as words, laid out like the source's minuta: cover title, who prepared it and when, and the
 * four sections. The PDF and the DOCX both render this one value, so they say the same. Counts and member names
 * only: no child appears in it.
 */
record ReportDocument(String fileBase, String title, String preparedByLabel, String preparedBy,
                             String dateLabel, String preparedOn,
                             String presentationTitle, List<String> presentation,
                             String functioningTitle, List<MesaFunctioning> functioning, String functioningCommentTitle,
                             List<String> functioningComment,
                             String processTitle, List<MesaProcess> process, String processCommentTitle,
                             List<String> processComment,
                             String conclusionsTitle, List<String> conclusions, String summaryTitle,
                             List<String> summaryHeader, List<SummaryRow> summary,
                             List<String> indicatorHeader) {

    /** One Mesa in section II: sentences built from its scorecard and the table of its indicators. */
    public record MesaFunctioning(String heading, List<String> sentences, List<IndicatorRow> indicators) {
    }

    /** {@code mark} in words ("Verde"); {@code markKind} for the colour, never shown alone. */
    public record IndicatorRow(String indicator, String value, String mark, Mark markKind) {
    }

    /** One Mesa in section III: its semesters' reflections, or {@code none} when it wrote none for the year. */
    public record MesaProcess(String heading, List<SemesterProcess> semesters, String none) {
    }

    public record SemesterProcess(String heading, List<HeadingLines> headings, String writtenBy) {
    }

    /** "Riesgos: Rotación de profesionales; …" and the free text under it. */
    public record HeadingLines(String label, List<String> items, String notes) {
    }

    /** How many Mesas got each mark on one indicator. */
    public record SummaryRow(String indicator, int green, int amber, int red, int notApplicable) {
    }
}
