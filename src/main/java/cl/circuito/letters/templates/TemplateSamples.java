package cl.circuito.letters.templates;

import cl.circuito.letters.drafting.LetterChild;
import cl.circuito.letters.drafting.EstimateWords;
import cl.circuito.letters.drafting.PertinentContact;
import cl.circuito.waitinglist.EstimateCertainty;
import cl.circuito.waitinglist.LetterFacts;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fictional values for previewing a template: never a real child. Dates are relative to today, so the
 * preview reads like a letter written now; names carry ñ and accents, so the admin sees them print.
 */
@Component
class TemplateSamples {

    static final String CHILD = "Martina Ñancupil Órdenes";
    static final String COURT = "Juzgado de Familia de Concepción";
    static final String PROGRAM = "PRM Los Álamos";
    static final String DIRECTOR = "Ximena Araya Muñoz";
    static final String CITY = "Concepción";

    private final Clock clock;
    private final Messages messages;
    private final PertinentContact contact;
    private final EstimateWords estimateWords;

    TemplateSamples(Clock clock, Messages messages, PertinentContact contact, EstimateWords estimateWords) {
        this.estimateWords = estimateWords;
        this.clock = clock;
        this.messages = messages;
        this.contact = contact;
    }

    /** A sample value for each field the kind may use. */
    Map<TemplateField, String> values(TemplateKind kind, String institutionName) {
        LocalDate today = LocalDate.now(clock);
        Map<TemplateField, String> all = new EnumMap<>(TemplateField.class);
        all.put(TemplateField.NNA_NOMBRE, CHILD);
        all.put(TemplateField.NNA_RUT, "12.345.678-5");
        all.put(TemplateField.NNA_EDAD, "9");
        all.put(TemplateField.NNA_FECHA_NACIMIENTO, ChileanDates.longDay(today.minusYears(9).minusMonths(3)));
        all.put(TemplateField.DERIVANTE, COURT);
        all.put(TemplateField.RIT, rit(today));
        all.put(TemplateField.RUC, RUC);
        all.put(TemplateField.PROGRAMA, PROGRAM);
        all.put(TemplateField.INSTITUCION, institutionName);
        all.put(TemplateField.COMUNA, CITY);
        all.put(TemplateField.DIRECTOR_NOMBRE, DIRECTOR);
        all.put(TemplateField.DIRECTOR_CARGO, "Directora");
        all.put(TemplateField.FECHA_RECEPCION, ChileanDates.longDay(today.minusDays(45)));
        all.put(TemplateField.FECHA_DECISION, ChileanDates.longDay(today.minusDays(35)));
        all.put(TemplateField.MOTIVO, "Los antecedentes dan cuenta de un consumo problemático de alcohol y drogas, "
                + "que requiere una intervención especializada en ese ámbito.");
        all.put(TemplateField.PROGRAMA_PERTINENTE, "PDC Biobío");
        all.put(TemplateField.PROGRAMA_PERTINENTE_CONTACTO, contact.sentence(
                new cl.circuito.network.ProgramContact("Av. Collao 1202", "+56 41 221 0000", "pdc.biobio@ejemplo.cl"),
                CITY));
        all.put(TemplateField.FECHA_ESTIMADA, ChileanDates.longDay(today.plusDays(60)));
        all.put(TemplateField.FECHA_ESTIMADA_ANTERIOR, ChileanDates.longDay(today.plusDays(20)));
        LetterFacts.EstimateRange range = new LetterFacts.EstimateRange(today.plusDays(120), EstimateCertainty.OBSERVED,
                9, 6);
        all.put(TemplateField.FECHA_ESTIMADA_90, estimateWords.latest(range));
        all.put(TemplateField.ESTIMACION_CERTEZA, estimateWords.sentence(range));
        all.put(TemplateField.FECHA_CONSTATACION, ChileanDates.longDay(today.minusDays(3)));
        all.put(TemplateField.ANTECEDENTES, "En la visita domiciliaria se constató que el adulto responsable no "
                + "asegura el cuidado de la niña, quien pasa las noches sin compañía de un adulto.");
        all.put(TemplateField.FECHA_INGRESO, ChileanDates.longDay(today.minusDays(2)));
        all.put(TemplateField.CANTIDAD_NNA, String.valueOf(listedChildren(today).size()));
        all.put(TemplateField.NNA_NOMINA, messages.get("letters.count.children", listedChildren(today).size()));
        all.put(TemplateField.FECHA, ChileanDates.longDay(today));
        Map<TemplateField, String> usable = new EnumMap<>(TemplateField.class);
        all.forEach((field, value) -> {
            if (field.usableIn(kind) && value != null) {
                usable.put(field, value);
            }
        });
        return usable;
    }

    /**
     * A sample letter of the kind on the institution's letterhead, as a draft: a preview is never numbered,
     * so it cannot be mistaken for an issued oficio.
     */
    LetterLayout layout(UUID institutionId, String institutionName, TemplateKind kind, String subject,
                        String salutation, String body, String closing, PaperSize paper) {
        LocalDate today = LocalDate.now(clock);
        Map<TemplateField, String> values = values(kind, institutionName);
        boolean list = kind == TemplateKind.ESTIMATED_DATES_LIST;
        List<String> references = list ? List.of()
                : List.of(messages.get("letters.pdf.references.court", rit(today), RUC));
        return new LetterLayout(institutionId, paper == null ? LetterSettings.DEFAULT_PAPER : paper, null,
                CITY + ", " + ChileanDates.longDay(today), TemplateText.fill(subject == null ? "" : subject, values),
                references, COURT, true, salutation, TemplateText.fill(body == null ? "" : body, values), closing,
                list ? listedChildren(today) : List.of(),
                new Signature(DIRECTOR, "Directora", PROGRAM, institutionName));
    }

    private static final String RUC = "2610012345-6";

    private static String rit(LocalDate today) {
        return "C-1234-" + today.getYear();
    }

    /** The fictional children of a list letter's preview. */
    List<LetterChild> listedChildren() {
        return listedChildren(LocalDate.now(clock));
    }

    private static List<LetterChild> listedChildren(LocalDate today) {
        LocalDate month = today.withDayOfMonth(1).plusMonths(1);
        return List.of(
                new LetterChild(null, "Tomás Fuentes Peña", "23.456.789-6", "C-812-" + today.getYear(), null, month),
                new LetterChild(null, "Sofía Muñoz Ávila", "21.987.654-8", "C-977-" + today.getYear(),
                        "2610054321-K", month.plusMonths(1)),
                new LetterChild(null, "Benjamín Ñúñez Lagos", null, "C-1030-" + today.getYear(), null,
                        month.plusMonths(2)));
    }
}
