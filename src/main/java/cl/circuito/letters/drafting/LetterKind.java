package cl.circuito.letters.drafting;

/** The six oficios of I-SGC-01. Labels: {@code letters.kind.<NAME>}. */
public enum LetterKind {
    /** (a) The child is not eligible; names the more pertinent program. */
    NOT_ELIGIBLE,
    /** (b) The estimated admission date. */
    ESTIMATED_DATE,
    /** (c) An update of the estimated date. */
    ESTIMATED_DATE_UPDATE,
    /** (d) A change in the child's protection situation. */
    PROTECTION_CHANGE,
    /** (e) A request for medidas cautelares or an extraordinary hearing. */
    JUDICIAL_REQUEST,
    /** (f) The effective admission, to the court. */
    EFFECTIVE_ADMISSION;

    // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
    public boolean isJudicialRequest() {
        return this == JUDICIAL_REQUEST;
    }

    public boolean isNotEligible() {
        return this == NOT_ELIGIBLE;
    }
}
