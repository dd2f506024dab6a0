package cl.circuito.shared.documents;

/** The paper a PDF is laid out for: what the CSS {@code @page size} says. */
public enum PaperSize {
    A4("A4"),
    LETTER("letter");

    private final String css;

    PaperSize(String css) {
        this.css = css;
    }

    /** The value of CSS {@code @page { size: … }}. */
    public String css() {
        return css;
    }
}
