package cl.circuito.shared.privacy;

import java.util.List;

/**
 * Every kind of record Circuito keeps about children and families, with how long it is kept: the one configuration
 * the register of processing activities is drawn from (its words are in the bundle, {@code privacy.kind.<KIND>.*}:
 * data categories, purpose, legal basis, recipients), and the one a disposal of records reads for its retention.
 * The periods are the I-SGC-01 records table's ("REGISTROS"): the priority guide and the oficios 5 years, the
 * F-SGC-030 register until the program ends.
 */
public enum RecordKind {

    /** The child registry: names, RUT, birth date, and their corrections. */
    IDENTITY(Retention.of(Retention.Rule.WITH_RECORD), Holder.PROGRAM),
    /** Waiting-list entries (F-SGC-030): referral, court case, reason, deadlines, decisions, exits, timeline. */
    ENTRIES(Retention.of(Retention.Rule.UNTIL_PROGRAM_ENDS), Holder.PROGRAM),
    /** The family's contact: address, responsible adult, phones, e-mail, notes for a safe contact. */
    CONTACTS(Retention.of(Retention.Rule.WITH_ENTRY), Holder.PROGRAM),
    /** The documents attached to an entry (court resolutions, reports). */
    ATTACHMENTS(Retention.of(Retention.Rule.WITH_ENTRY), Holder.PROGRAM),
    /** The priority guide applied (I-SGC-01, annex 1): item by item, score, priority, override and its reason. */
    ASSESSMENTS(Retention.years(5), Holder.PROGRAM),
    /** Monitoring while waiting, judicial protection actions, the admission interview and active cases. */
    MONITORING(Retention.of(Retention.Rule.UNTIL_PROGRAM_ENDS), Holder.PROGRAM),
    /** Oficios to the courts and other referring bodies (estimated and effective admission, and the others). */
    LETTERS(Retention.years(5), Holder.PROGRAM),
    /** Mesa case reviews: initials, age and sex, the presentation and the strategies agreed. */
    MESA_CASE_REVIEWS(Retention.of(Retention.Rule.AS_MESA_DECIDES), Holder.MESA),
    /** The audit trail: who read and who changed which record, when, and what changed. */
    AUDIT(Retention.of(Retention.Rule.WITH_RECORD), Holder.NETWORK),
    /** Sheets uploaded to import a waiting list or the network, kept between upload, preview and confirmation. */
    UPLOADS(Retention.of(Retention.Rule.CONFIGURED_UPLOADS), Holder.NETWORK);

    /** Whose records they are: whoever disposes of them acts for that program or that Mesa. */
    public enum Holder {
        PROGRAM, MESA, NETWORK
    }

    private final Retention retention;
    private final Holder holder;

    RecordKind(Retention retention, Holder holder) {
        this.retention = retention;
        this.holder = holder;
    }

    public Holder holder() {
        return holder;
    }

    public Retention retention() {
        return retention;
    }

    /** The bundle keys of the register's columns for this kind. */
    public String key(String column) {
        return "privacy.kind." + name() + "." + column;
    }

    /** The register's text columns, in order (each a {@link #key(String)}). */
    public static final List<String> COLUMNS = List.of("name", "data", "purpose", "basis", "recipients");
}
