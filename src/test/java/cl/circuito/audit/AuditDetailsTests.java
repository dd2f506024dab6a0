package cl.circuito.audit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ADMISSIBILITY_DUE_ON;
import static cl.circuito.audit.AuditField.ATTACHMENTS;
import static cl.circuito.audit.AuditField.BACKGROUND_SUFFICIENT;
import static cl.circuito.audit.AuditField.DECIDED_ON;
import static cl.circuito.audit.AuditField.ENTRY;
import static cl.circuito.audit.AuditField.GREEN;
import static cl.circuito.audit.AuditField.MANUAL_POSITION;
import static cl.circuito.audit.AuditField.MONTH;
import static cl.circuito.audit.AuditField.NOTES;
import static cl.circuito.audit.AuditField.REASON;
import static cl.circuito.audit.AuditField.RUT;
import static cl.circuito.audit.AuditField.SECTIONS;
import static cl.circuito.audit.AuditField.STATUS;
import static cl.circuito.audit.AuditField.USUAL_STARTS_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditDetailsTests {

    private enum Status { UNDER_REVIEW, WAITING }

    @Test
    void everyValueIsWrittenOneWayUnderItsFieldsKey() {
        UUID entry = UUID.fromString("3f2b1c9e-0000-4000-8000-000000000001");
        AuditDetails details = AuditDetails.of(DECIDED_ON, LocalDate.of(2026, 3, 15))
                .with(MONTH, YearMonth.of(2026, 10))
                .with(USUAL_STARTS_AT, LocalTime.of(9, 5))
                .with(STATUS, Status.WAITING)
                .with(GREEN, new BigDecimal("0.50"))
                .with(ATTACHMENTS, 3)
                .with(BACKGROUND_SUFFICIENT, true)
                .with(ENTRY, entry)
                .with(SECTIONS, List.of("Antecedentes", "Estrategias"))
                .with(RUT, new Object() {
                    @Override
                    public String toString() {
                        return "12.345.678-5";
                    }
                })
                .with(REASON, "Llegan nuevos antecedentes");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("decidedOn", "15-03-2026");
        expected.put("month", "octubre de 2026");
        expected.put("usualStartsAt", "09:05");
        expected.put("status", "WAITING");
        expected.put("green", "0.50");
        expected.put("attachments", 3);
        expected.put("backgroundSufficient", true);
        expected.put("entry", entry.toString());
        expected.put("sections", List.of("Antecedentes", "Estrategias"));
        expected.put("rut", "12.345.678-5");
        expected.put("reason", "Llegan nuevos antecedentes");
        assertThat(details.stored()).containsExactlyEntriesOf(expected);
    }

    @Test
    void aChangeWritesBothSidesTheSameWayAndKeepsNone() {
        Map<String, Object> stored = AuditDetails.ofChange(ADMISSIBILITY_DUE_ON, null, LocalDate.of(2026, 4, 2))
                .withChange(STATUS, Status.UNDER_REVIEW, "NO_SUJETO_DE_ATENCION")
                .withChange(MANUAL_POSITION, 4, null)
                .stored();

        Map<String, Object> due = new LinkedHashMap<>();
        due.put("before", null);
        due.put("after", "02-04-2026");
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("before", 4);
        place.put("after", null);
        assertThat(stored).containsExactly(Map.entry("admissibilityDueOn", due),
                Map.entry("status", Map.of("before", "UNDER_REVIEW", "after", "NO_SUJETO_DE_ATENCION")),
                Map.entry("manualPosition", place));
    }

    @Test
    void aDetailOnlySomeChangesHaveIsLeftOutWhenAbsentOrUnchanged() {
        AuditDetails details = AuditDetails.of(REASON, null)
                .withPresent(NOTES, null)
                .withChangeIfDifferent(STATUS, Status.WAITING, Status.WAITING)
                .withChangeIfDifferent(MANUAL_POSITION, 2, 1);

        assertThat(details.stored()).containsOnlyKeys("reason", "manualPosition");
        assertThat(details.stored().get("reason")).as("a value given as null stays: none").isNull();
        assertThat(AuditDetails.none().withPresent(NOTES, null).isEmpty()).isTrue();
        assertThat(AuditDetails.none().withChangeIfDifferent(STATUS, null, null)).isEqualTo(AuditDetails.none());
    }

    @Test
    void isImmutableAndEqualByContent() {
        AuditDetails reason = AuditDetails.of(REASON, "Motivo");
        AuditDetails more = reason.with(NOTES, "Notas");

        assertThat(reason.stored()).containsOnlyKeys("reason");
        assertThat(more.stored()).containsOnlyKeys("reason", "notes");
        assertThat(more).isEqualTo(AuditDetails.of(REASON, "Motivo").with(NOTES, "Notas"))
                .hasSameHashCodeAs(AuditDetails.of(REASON, "Motivo").with(NOTES, "Notas"))
                .isNotEqualTo(AuditDetails.of(NOTES, "Notas").with(REASON, "Otro"));
    }

    @Test
    void refusesAFieldGivenTwiceAndAHandMadeMap() {
        assertThatThrownBy(() -> AuditDetails.of(REASON, "uno").with(REASON, "dos"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REASON");
        assertThatThrownBy(() -> AuditDetails.of(STATUS, Map.of("before", "A", "after", "B")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditDetails.of(null, "sin campo")).isInstanceOf(NullPointerException.class);
    }
}
