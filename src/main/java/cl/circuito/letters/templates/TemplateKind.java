package cl.circuito.letters.templates;

import cl.circuito.letters.drafting.LetterKind;

/**
 * A template per letter kind, plus the list letter of the monthly batch (one letter to a court listing
 * its children's estimated dates). Labels: {@code letters.template.<NAME>}.
 */
public enum TemplateKind {
    NOT_ELIGIBLE(LetterKind.NOT_ELIGIBLE),
    ESTIMATED_DATE(LetterKind.ESTIMATED_DATE),
    ESTIMATED_DATE_UPDATE(LetterKind.ESTIMATED_DATE_UPDATE),
    PROTECTION_CHANGE(LetterKind.PROTECTION_CHANGE),
    JUDICIAL_REQUEST(LetterKind.JUDICIAL_REQUEST),
    EFFECTIVE_ADMISSION(LetterKind.EFFECTIVE_ADMISSION),
    /** The monthly batch's letter per court: the children are listed in a table after the text. */
    ESTIMATED_DATES_LIST(LetterKind.ESTIMATED_DATE);

    private final LetterKind letterKind;

    TemplateKind(LetterKind letterKind) {
        this.letterKind = letterKind;
    }

    /** The kind of the letters drafted from this template. */
    public LetterKind letterKind() {
        return letterKind;
    }

    /** The template of a single-child letter of this kind. */
    public static TemplateKind of(LetterKind kind) {
        return valueOf(kind.name());
    }

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isEstimatedDatesList() {
        return this == ESTIMATED_DATES_LIST;
    }
}
