/**
 * Retention and disposal of children's records (Ley 21.719; I-SGC-01, registros): for each program and each Mesa,
 * what has reached the end of its retention, kind by kind ({@link cl.circuito.shared.privacy.RecordKind}); the
 * explicit act that disposes of chosen records with a reason, kept append-only ({@code record_disposal}) besides each
 * record's own audit line; and the alerts (and so the daily e-mail digest) that list what is due. The modules that own
 * the records implement {@link cl.circuito.shared.privacy.DisposableRecords} with their aggregates' own verbs; this
 * module never touches their tables.
 * <p>
 * The module has no API of its own: nothing depends on it. Its one capability is {@code disposal} (the listing, the
 * act, the alerts and the scheduled purge of uploaded sheets), with its pages and JSON API in {@code disposal.web}.
 */
package cl.circuito.retention;
