/**
 * Retention of the waiting list's records (Ley 21.719; I-SGC-01, "REGISTROS"): which entries and priority
 * assessments are due for disposal and the disposal itself, as the {@code shared.privacy.DisposableRecords} of
 * {@code RecordKind.ENTRIES} (the F-SGC-030 register and everything hanging from an entry: kept until the program
 * ends) and {@code RecordKind.ASSESSMENTS} (the priority guide: five years). It builds on every other capability of
 * the list, whose aggregates erase their own records; the listing, the act of disposal with its reason and the
 * alerts belong to the retention module that gathers every kind.
 */
package cl.circuito.waitinglist.retention;
