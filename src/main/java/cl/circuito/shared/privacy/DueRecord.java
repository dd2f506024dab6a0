package cl.circuito.shared.privacy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A record at the end of its retention, as the listing of what is due shows it to whoever may dispose of it.
 *
 * @param id         what {@link DisposableRecords#dispose} is given to choose it
 * @param label      what the record is, in Spanish: for a program's records the child's name (its staff know it);
 *                   for a Mesa's, initials and age only. Never a RUT.
 * @param detail     a short Spanish description (program period, assessment date and priority, session…), or null
 * @param recordDate the date the retention counts from (the entry's exit, the assessment, the session…)
 * @param dueSince   the first day it may be disposed of
 */
public record DueRecord(UUID id, String label, String detail, LocalDate recordDate, LocalDate dueSince) {
}
