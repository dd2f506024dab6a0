package cl.circuito.implementation.report;

import cl.circuito.implementation.scorecards.ReportScope;

import java.time.Instant;

/**
 * The managers' notes of a year and scope as shown; {@code version} null when none were written yet;
 * {@code writable}: the asker may write them (the territorial manager her region's, the national team the
 * national ones).
 */
public record ManagerNoteView(ReportScope scope, int year, Long version, boolean writable, String presentation,
                              String functioning, String process, String conclusions, String createdByName,
                              Instant createdAt, String updatedByName, Instant updatedAt) {

    static ManagerNoteView empty(ReportScope scope, int year, boolean writable) {
        return new ManagerNoteView(scope, year, null, writable, null, null, null, null, null, null, null, null);
    }

    public boolean written() {
        return version != null;
    }
}
