package cl.circuito.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every field the audit trail writes, one word per thing whatever the module: a change of status is
 * {@link #STATUS} in the waiting list, the letters and the Mesas alike. A row keeps the field's {@link #key()}
 * (stable: renaming a constant must not change it), and the history labels it with {@code audit.field.<key>}
 * (i18n/audit). Rows written before these keys existed named their fields by hand, in Spanish and spelled
 * differently per module ("estado", "sesion", "sessionNumber"); those rows are evidence and are never
 * rewritten, so each field lists the keys it was stored under then ({@link #forKey} finds it by either), and an
 * old row reads with the same label as it always did.
 */
public enum AuditField {

    // What many changes have
    STATUS("status", "estado"),
    REASON("reason", "motivo"),
    NOTES("notes", "notas", "observaciones", "note"),
    DATE("date", "fecha"),
    NAME("name", "nombre"),
    KIND("kind", "tipo"),
    TITLE("title"),
    TEXT("text", "texto"),
    MONTH("month", "mes"),
    YEAR("year"),
    FILE("file", "archivo"),
    /** The SHA-256 of an imported file: which file, beyond its name. */
    CHECKSUM("checksum"),

    // A child's identity
    RUT("rut"),
    GIVEN_NAMES("givenNames", "nombres"),
    PATERNAL_SURNAME("paternalSurname", "apellidoPaterno"),
    MATERNAL_SURNAME("maternalSurname", "apellidoMaterno"),
    BIRTH_DATE("birthDate", "fechaNacimiento"),

    // An entry of the waiting list, from its referral to its exit
    REFERRER("referrer", "derivador"),
    RECEIVED_ON("receivedOn", "recepción"),
    BACKGROUND_SUFFICIENT("backgroundSufficient", "antecedentesSuficientes"),
    ADMISSIBILITY_DUE_ON("admissibilityDueOn", "plazo"),
    ATTACHMENTS("attachments", "adjuntos"),
    DECIDED_ON("decidedOn", "fechaDecisión"),
    PERTINENT_PROGRAM("pertinentProgram", "programaPertinente"),
    EXIT_REASON("exitReason", "causal"),
    EXITED_ON("exitedOn", "fechaEgreso"),
    AGE_WITHOUT_BIRTH_DATE("ageWithoutBirthDate", "mayoríaDeEdadSinFechaDeNacimiento"),
    SENAINFO_ENTERED_ON("senainfoEnteredOn"),
    SENAINFO_REMOVED_ON("senainfoRemovedOn"),
    ACTION("action", "acción"),
    PERFORMED_BY("performedBy", "realizadaPor"),
    OUTCOME("outcome", "resultado"),
    /** A re-validation of a long wait: its two answers and the weeks waited on its day. */
    STILL_NEEDS_PROGRAM("stillNeedsProgram"),
    STILL_REACHABLE("stillReachable"),
    WEEKS_WAITED("weeksWaited"),
    /** The re-validation schedule: set points (weeks) and the interval after the last. */
    SET_POINT_WEEKS("setPointWeeks"),
    REPEAT_EVERY_WEEKS("repeatEveryWeeks"),
    RANK("rank", "lugarPrelación"),
    MANUAL_POSITION("manualPosition", "ubicaciónManual"),
    REQUEST("request", "solicitud"),
    REQUESTED_ON("requestedOn", "fechaSolicitud"),
    COURT_ANSWER("courtAnswer", "respuestaTribunal"),
    ANSWERED_ON("answeredOn", "fechaRespuesta"),

    // How the program reaches the child's family
    ADULT_NAME("adultName"),
    ADULT_RELATIONSHIP("adultRelationship"),
    PHONE("phone"),
    OTHER_PHONE("otherPhone"),
    EMAIL("email"),
    SAFETY_NOTES("safetyNotes"),

    // Monitoring plans and the monthly admission
    WAITING("waiting", "enEspera"),
    REQUIRED("required", "mínimo"),
    PLANNED("planned", "planificados"),
    INTERVIEWED_ON("interviewedOn", "fechaEntrevista"),
    ATTENDEES("attendees", "asistentes"),
    ADDRESS_CONFIRMED("addressConfirmed", "domicilioConfirmado"),
    ADDRESS("address", "domicilio"),
    ADMITTED_ON("admittedOn", "fechaIngreso"),
    ADMISSION_MONTH("admissionMonth", "mesDeIngreso"),
    PROPOSED("proposed", "propuesto"),
    FREE_PLACES("freePlaces", "plazasLibres"),
    CHOSEN("chosen", "elegidos"),
    DEVIATIONS("deviations", "diferenciasConLaPropuesta"),

    // The priority guide
    INSTRUMENT("instrument", "instrumento"),
    ASSESSED_ON("assessedOn", "fechaAplicación"),
    SCORE("score", "puntaje"),
    CUT("cut", "corte"),
    COMPUTED_PRIORITY("computedPriority", "prioridadCalculada"),
    PRIORITY("priority", "prioridad"),
    NO_DATA("noData", "sinDato"),
    OVERRIDE("override", "modificación"),
    GROUPS("groups", "grupos"),
    ITEMS("items", "descriptores"),
    SUGGESTED_CUT("suggestedCut", "corteSugerido"),

    // Letters, their templates, letterheads and settings
    LETTER("letter", "oficio"),
    LETTER_SUBJECT("letterSubject", "materia"),
    NUMBER("number", "número"),
    BATCH("batch", "nómina"),
    CHANNEL("channel", "medio"),
    SENT_ON("sentOn", "fechaEnvío"),
    CORRECTS("corrects", "corrige"),
    ENTRY("entry", "ficha"),
    FACTS("facts", "hechos"),
    RECIPIENT("recipient", "destinatario"),
    ISSUED_ON("issuedOn", "emitido"),
    KEEP_UNTIL("keepUntil", "conservarHasta"),
    SALUTATION("salutation", "saludo"),
    CLOSING("closing", "despedida"),
    ORIGIN("origin", "origen"),
    HEADER_LINES("headerLines", "encabezado"),
    FOOTER_LINES("footerLines", "pieDePagina"),
    LOGO("logo"),
    SIZE_BYTES("sizeBytes", "bytes"),
    PAPER("paper", "papel"),
    THRESHOLD_DAYS("thresholdDays", "umbralDías"),
    CITY("city", "ciudad"),

    // The Mesas: setup, members, plan, sessions, minutes, agreements and case reviews
    MESA_ID("mesaId"),
    COMUNA("comuna"),
    FOUNDED_ON("foundedOn"),
    FREQUENCY("frequency"),
    CUSTOM_INTERVAL_DAYS("customIntervalDays"),
    USUAL_PLACE("usualPlace"),
    USUAL_STARTS_AT("usualStartsAt"),
    USUAL_ENDS_AT("usualEndsAt"),
    MEMBER("member", "integrante"),
    MEMBER_ID("memberId"),
    PARTICIPATION("participation"),
    CO_FACILITATOR("coFacilitator"),
    REPRESENTATIVE("representative"),
    LEFT_ON("leftOn"),
    UNTIL("until"),
    ACTIVITY("activity"),
    HELD_ON("heldOn"),
    PLAN("plan"),
    OBJECTIVE("objective"),
    SESSION("session", "sesion", "sessionNumber"),
    PLACE("place", "lugar"),
    ITEM("item", "punto"),
    PRESENT("present", "presentes"),
    GUESTS_PRESENT("guestsPresent", "invitadosPresentes"),
    GUEST("guest", "invitado"),
    RECIPIENTS("recipients", "destinatarios"),
    MINUTES_STATUS("minutesStatus"),
    APPROVED_AT("approvedAt"),
    APPROVED_ON("approvedOn"),
    APPROVED_BY("approvedBy"),
    CORRECTIONS("corrections"),
    DECISIONS("decisions"),
    RESPONSIBLE_MEMBER_ID("responsibleMemberId"),
    RESPONSIBLE_PERSON("responsiblePerson"),
    DUE_ON("dueOn"),
    FORMAT("format"),
    SECTIONS("sections"),
    PRESENTING_MEMBER_ID("presentingMemberId"),
    AGE("age"),
    LINKED_TO_CHILD("linkedToChild"),
    REVIEW_NUMBER("reviewNumber"),
    CRITERION("criterion"),
    STRATEGIES("strategies"),
    CLOSED_ON("closedOn"),
    /** How many whole years a Mesa keeps its closed cases (their retention, which it decides). */
    KEEP_YEARS("keepYears"),

    // Implementation monitoring and the network map
    SCOPE("scope"),
    /** The program a search of the audit trail was narrowed to. */
    PROGRAM("program"),
    INDICATOR("indicator"),
    GREEN("green"),
    AMBER("amber"),
    SEMESTER("semester"),
    ASPECTS("aspects"),
    TIE("tie"),
    ROLE("role"),
    SECTOR_CODE("sectorCode"),
    TIES("ties"),
    FROM("from"),
    TO("to"),
    PROTOCOL_ID("protocolId"),
    WRITTEN_ON("writtenOn"),
    ACTORS("actors"),
    DOCUMENT("document"),

    // Imports from a sheet (the file's CHECKSUM is with FILE above)
    CREATED_COUNT("createdCount"),
    EXISTING_COUNT("existingCount"),
    REFUSED_COUNT("refusedCount"),
    RECORDS("records"),

    // Logins
    LOGIN_METHOD("loginMethod"),
    PROVIDER("provider"),

    // Refused requests and failed logins
    PATH("path"),
    RESPONSE_STATUS("responseStatus"),
    /** What was typed as the username of a failed login: shown to the administrator only (it may be a password). */
    TYPED_USERNAME("typedUsername");

    /** Every key once: two fields claiming one stored name would make old rows ambiguous (fails at start-up). */
    private static final Map<String, AuditField> BY_KEY = Arrays.stream(values())
            .flatMap(field -> Stream.concat(Stream.of(field.key), field.formerKeys.stream())
                    .map(key -> Map.entry(key, field)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String key;
    private final List<String> formerKeys;

    AuditField(String key, String... formerKeys) {
        this.key = key;
        this.formerKeys = List.of(formerKeys);
    }

    /** The name a row stores this field under. */
    public String key() {
        return key;
    }

    /** The names rows written before {@link #key()} existed store this field under, never written again. */
    public List<String> formerKeys() {
        return formerKeys;
    }

    /** The message of the bundle that labels this field in the history. */
    public String labelKey() {
        return "audit.field." + key;
    }

    /** The field a stored row names, by its key or by a former key; empty for a name the trail never wrote. */
    public static Optional<AuditField> forKey(String storedKey) {
        return Optional.ofNullable(BY_KEY.get(storedKey));
    }
}
