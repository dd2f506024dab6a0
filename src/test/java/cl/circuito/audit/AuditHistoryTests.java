package cl.circuito.audit;

import cl.circuito.shared.web.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static cl.circuito.audit.AuditField.BACKGROUND_SUFFICIENT;
import static cl.circuito.audit.AuditField.BIRTH_DATE;
import static cl.circuito.audit.AuditField.DECIDED_ON;
import static cl.circuito.audit.AuditField.STATUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history reads a row the same whether it was written before {@link AuditField} (Spanish keys typed by hand,
 * never rewritten) or through {@link AuditDetails}; the rows' own words, in the bundles the application uses.
 */
class AuditHistoryTests {

    private static final Locale SPANISH = Locale.forLanguageTag("es-CL");

    /** The labels the bundles gave the trail's hand-written keys until the fields were typed, verbatim. */
    private static final String FORMER_LABELS = """
            estado=Estado
            motivo=Motivo
            fechaDecisión=Fecha de la decisión
            programaPertinente=Programa más pertinente
            plazo=Plazo de admisibilidad
            adjuntos=Documentos adjuntos
            derivador=Organismo derivador
            recepción=Recepción
            antecedentesSuficientes=Antecedentes suficientes
            rut=RUT
            nombre=Nombre
            nombres=Nombres
            apellidoPaterno=Apellido paterno
            apellidoMaterno=Apellido materno
            fechaNacimiento=Fecha de nacimiento
            causal=Causal de egreso
            fechaEgreso=Fecha de egreso
            acción=Acción
            fecha=Fecha
            realizadaPor=Realizada por
            notas=Observaciones
            archivo=Archivo
            lugarPrelación=Lugar en la prelación
            ubicaciónManual=Ubicación manual
            asistentes=Asistentes
            domicilio=Domicilio
            domicilioConfirmado=Domicilio confirmado
            fechaEntrevista=Fecha de la entrevista
            fechaIngreso=Fecha de ingreso
            fechaRespuesta=Fecha de la respuesta
            fechaSolicitud=Fecha de la solicitud
            mes=Mes
            mesDeIngreso=Mes de ingreso
            propuesto=Propuesto por Circuito
            respuestaTribunal=Respuesta del tribunal
            resultado=Resultado
            solicitud=Solicitud
            mayoríaDeEdadSinFechaDeNacimiento=Mayoría de edad (sin fecha de nacimiento registrada)
            instrumento=Instrumento
            fechaAplicación=Fecha de aplicación
            puntaje=Puntaje
            corte=Corte
            prioridadCalculada=Prioridad calculada por la pauta
            prioridad=Prioridad
            sinDato=Descriptores sin dato
            modificación=Modificación de la prioridad
            grupos=Grupos
            descriptores=Descriptores
            corteSugerido=Corte sugerido
            """;

    private final ResourceBundleMessageSource bundles = bundles();
    private final AuditHistory history = new AuditHistory(new Messages(bundles));

    @Test
    void aRowWrittenWithTheFormerSpanishKeysReadsWithTheLabelsItAlwaysHad() throws IOException {
        Properties former = new Properties();
        former.load(new StringReader(FORMER_LABELS));
        Map<String, Object> oldRow = new LinkedHashMap<>();
        former.stringPropertyNames().forEach(key -> oldRow.put(key, "x"));

        List<AuditHistory.Change> changes = history.line(event(oldRow)).changes();

        assertThat(changes).hasSize(former.size());
        assertThat(changes).extracting(AuditHistory.Change::label)
                .containsExactlyElementsOf(oldRow.keySet().stream().map(former::getProperty).toList());
    }

    @Test
    void aDecisionReadsTheSameWrittenByHandBeforeOrThroughAuditDetailsNow() {
        Map<String, Object> byHand = new LinkedHashMap<>();
        byHand.put("estado", Map.of("before", "UNDER_REVIEW", "after", "WAITING"));
        byHand.put("fechaDecisión", "15-03-2026");
        byHand.put("fechaNacimiento", Map.of("before", "2014-02-02", "after", "2014-02-20"));
        AuditDetails typed = AuditDetails.ofChange(STATUS, "UNDER_REVIEW", "WAITING")
                .with(DECIDED_ON, LocalDate.of(2026, 3, 15))
                .withChange(BIRTH_DATE, LocalDate.of(2014, 2, 2), LocalDate.of(2014, 2, 20));

        List<AuditHistory.Change> expected = List.of(
                new AuditHistory.Change("Estado", "En evaluación de admisibilidad → Sujeto de atención, en espera"),
                new AuditHistory.Change("Fecha de la decisión", "15-03-2026"),
                new AuditHistory.Change("Fecha de nacimiento", "02-02-2014 → 20-02-2014"));
        assertThat(history.line(event(byHand)).changes()).isEqualTo(expected);
        assertThat(history.line(event(typed.stored())).changes()).isEqualTo(expected);
        assertThat(history.line(event(typed.stored())).what()).isEqualTo("Declaró sujeto de atención");
    }

    @Test
    void valuesOfOldRowsReadAsTheyAlwaysDidAndNewOnesSayYesOrNo() {
        Map<String, Object> byHand = Map.of("antecedentesSuficientes", Map.of("before", "false", "after", "true"));
        AuditDetails typed = AuditDetails.ofChange(BACKGROUND_SUFFICIENT, false, true);

        assertThat(history.line(event(byHand)).changes())
                .containsExactly(new AuditHistory.Change("Antecedentes suficientes", "false → true"));
        assertThat(history.line(event(typed.stored())).changes())
                .containsExactly(new AuditHistory.Change("Antecedentes suficientes", "No → Sí"));
    }

    @Test
    void aKeyNoFieldKnowsIsShownAsStored() {
        assertThat(history.line(event(Map.of("campoDeOtraÉpoca", "valor"))).changes())
                .containsExactly(new AuditHistory.Change("campoDeOtraÉpoca", "valor"));
    }

    @Test
    void everyFieldHasSpanishWordsAndEveryStoredNameOneField() {
        Set<String> names = new HashSet<>();
        for (AuditField field : AuditField.values()) {
            assertThat(bundles.getMessage(field.labelKey(), null, null, SPANISH)).as(field.labelKey()).isNotBlank();
            assertThat(field.key()).as(field.name()).matches("[a-z][A-Za-z]*");
            for (String name : Stream.concat(Stream.of(field.key()), field.formerKeys().stream()).toList()) {
                assertThat(names.add(name)).as("stored name %s is claimed once", name).isTrue();
                assertThat(AuditField.forKey(name)).contains(field);
            }
        }
        assertThat(AuditField.forKey("campoDeOtraÉpoca")).isEmpty();
    }

    private static AuditEvent event(Map<String, Object> changes) {
        return new AuditEvent(Instant.parse("2026-03-15T13:00:00Z"), UUID.randomUUID(), "Directora",
                AuditAction.CHANGED, "ENTRY", UUID.randomUUID(), UUID.randomUUID(), "audit.entry.declaredEligible",
                changes);
    }

    /** The bundles the history's words come from, as the application reads them. */
    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages", "i18n/audit", "i18n/waitinglist/entry");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
