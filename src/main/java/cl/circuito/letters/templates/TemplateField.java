package cl.circuito.letters.templates;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields a template may use, written {@code {{name}}} in its text. Each is filled when the draft is
 * made, from what the waiting list recorded; the director then edits the text freely. The admin's editor
 * lists the fields a kind may use ({@link #usableIn}) with their description ({@code letters.field.<name>}).
 */
public enum TemplateField {
    NNA_NOMBRE("nna_nombre"),
    NNA_RUT("nna_rut"),
    NNA_EDAD("nna_edad"),
    NNA_FECHA_NACIMIENTO("nna_fecha_nacimiento"),
    DERIVANTE("derivante"),
    RIT("rit"),
    RUC("ruc"),
    PROGRAMA("programa"),
    INSTITUCION("institucion"),
    COMUNA("comuna"),
    DIRECTOR_NOMBRE("director_nombre"),
    DIRECTOR_CARGO("director_cargo"),
    FECHA_RECEPCION("fecha_recepcion"),
    FECHA_DECISION("fecha_decision", TemplateKind.NOT_ELIGIBLE),
    MOTIVO("motivo", TemplateKind.NOT_ELIGIBLE),
    PROGRAMA_PERTINENTE("programa_pertinente", TemplateKind.NOT_ELIGIBLE),
    /** The more pertinent program's address, phone and e-mail in a sentence, or a sentence saying none is on file. */
    PROGRAMA_PERTINENTE_CONTACTO("programa_pertinente_contacto", TemplateKind.NOT_ELIGIBLE),
    FECHA_ESTIMADA("fecha_estimada", TemplateKind.ESTIMATED_DATE, TemplateKind.ESTIMATED_DATE_UPDATE),
    FECHA_ESTIMADA_ANTERIOR("fecha_estimada_anterior", TemplateKind.ESTIMATED_DATE_UPDATE),
    /** The 90 % date: admitted by then with probability at least 90 % (docs/estimates.md). */
    FECHA_ESTIMADA_90("fecha_estimada_90", TemplateKind.ESTIMATED_DATE, TemplateKind.ESTIMATED_DATE_UPDATE),
    /** The range and how sure the estimate is, in a sentence or two: the 90 % date and where the rate comes from. */
    ESTIMACION_CERTEZA("estimacion_certeza", TemplateKind.ESTIMATED_DATE, TemplateKind.ESTIMATED_DATE_UPDATE),
    FECHA_CONSTATACION("fecha_constatacion", TemplateKind.PROTECTION_CHANGE, TemplateKind.JUDICIAL_REQUEST),
    ANTECEDENTES("antecedentes", TemplateKind.PROTECTION_CHANGE, TemplateKind.JUDICIAL_REQUEST),
    FECHA_INGRESO("fecha_ingreso", TemplateKind.EFFECTIVE_ADMISSION),
    /** The bare number of children listed ("3"): write it where no noun has to agree with it. */
    CANTIDAD_NNA("cantidad_nna", TemplateKind.ESTIMATED_DATES_LIST),
    /** The children listed, with the number agreeing: "1 niño, niña o adolescente", "los 3 niños, niñas y adolescentes". */
    NNA_NOMINA("nna_nomina", TemplateKind.ESTIMATED_DATES_LIST),
    FECHA("fecha", TemplateKind.ESTIMATED_DATES_LIST);

    /** The fields about one child: a list letter names its children in a table instead. */
    private static final Set<TemplateField> ABOUT_ONE_CHILD = EnumSet.of(NNA_NOMBRE, NNA_RUT, NNA_EDAD,
            NNA_FECHA_NACIMIENTO, RIT, RUC, FECHA_RECEPCION);

    private final String placeholder;
    private final Set<TemplateKind> only;

    TemplateField(String placeholder, TemplateKind... only) {
        this.placeholder = placeholder;
        this.only = only.length == 0 ? EnumSet.noneOf(TemplateKind.class) : EnumSet.copyOf(Arrays.asList(only));
    }

    /** The name inside the braces: {@code nna_nombre}. */
    public String placeholder() {
        return placeholder;
    }

    /** Whether a template of this kind may use the field. */
    public boolean usableIn(TemplateKind kind) {
        if (!only.isEmpty()) {
            return only.contains(kind);
        }
        return kind != TemplateKind.ESTIMATED_DATES_LIST || !ABOUT_ONE_CHILD.contains(this);
    }

    public static List<TemplateField> allUsableIn(TemplateKind kind) {
        return Arrays.stream(values()).filter(f -> f.usableIn(kind)).toList();
    }

    public static Optional<TemplateField> byPlaceholder(String placeholder) {
        return Arrays.stream(values()).filter(f -> f.placeholder.equals(placeholder)).findFirst();
    }
}
