package cl.circuito.courtorders.report;

/** A report as a file: its name as the user saves it and its bytes. */
public record ReportFile(String fileName, byte[] content) {
}
