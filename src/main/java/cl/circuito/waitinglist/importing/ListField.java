package cl.circuito.waitinglist.importing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a column of a program's earlier list can hold, with the names columns go by: the F-SGC-030's own (so
 * Circuito's exports come back without mapping) and the variants programs write. Names are compared folded
 * (case, accents and punctuation aside). Each field's label is {@code import.field.<NAME>}.
 */
public enum ListField {

    RUT("RUT", "RUN", "RUT NNA", "RUN NNA", "RUT del NNA", "RUT niño/a", "RUT del niño/a"),
    FULL_NAME("NNA", "Nombre NNA", "Nombre del NNA", "Nombre completo", "Nombre", "Nombre del niño/a",
            "Nombre niño/a", "Niño/a", "Nombres y apellidos"),
    GIVEN_NAMES("Nombres", "Nombre(s)", "Nombres NNA", "Nombres del NNA"),
    PATERNAL_SURNAME("Apellido paterno", "Primer apellido", "Ap. paterno", "Apellido 1"),
    MATERNAL_SURNAME("Apellido materno", "Segundo apellido", "Ap. materno", "Apellido 2"),
    BIRTH_DATE("Fecha de nacimiento", "Fecha nacimiento", "F. nacimiento", "Fecha nac.", "F. nac.", "Nacimiento"),
    REFERRER("Organismo derivador", "Derivante", "Organismo que deriva", "Tribunal", "Tribunal derivador",
            "Institución derivante", "Derivado por", "Fuente de derivación"),
    CAUSE_NUMBERS("RIT / RUC", "RIT-RUC"),
    COURT_RIT("RIT", "N° RIT", "Causa RIT", "Rol RIT"),
    COURT_RUC("RUC", "N° RUC"),
    REASON("Causa de derivación", "Motivo de derivación", "Motivo", "Causal de derivación", "Causal de ingreso",
            "Motivo de ingreso", "Materia"),
    RECEIVED_ON("Fecha de recepción", "Fecha recepción", "Fecha de derivación", "Fecha derivación",
            "Fecha de ingreso a lista de espera", "Fecha ingreso lista de espera", "Fecha ingreso LE",
            "Fecha de recepción de la derivación"),
    BACKGROUND_SUFFICIENT("Antecedentes suficientes", "¿Antecedentes suficientes?", "Antecedentes completos"),
    STATE("Estado", "Estado actual", "Situación"),
    DECISION("Decisión de admisibilidad", "Decisión", "Admisibilidad"),
    DECIDED_ON("Fecha de la decisión", "Fecha decisión", "Fecha de decisión", "Fecha de admisibilidad",
            "Fecha decisión admisibilidad"),
    PRIORITY("Prioridad"),
    SCORE("Puntaje", "Puntaje de priorización", "Puntaje guía");

    /** A sheet needs at least these to say who the child is, who referred them, when and why. */
    static final Set<ListField> ALWAYS_REQUIRED = EnumSet.of(REFERRER, RECEIVED_ON, REASON);

    private final List<String> aliases;

    ListField(String... aliases) {
        this.aliases = List.of(aliases);
    }

    public String labelKey() {
        return "import.field." + name();
    }

    static Map<String, List<String>> aliases() {
        return Arrays.stream(values()).collect(Collectors.toMap(ListField::name, f -> f.aliases));
    }
}
