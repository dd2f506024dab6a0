package cl.circuito.waitinglist.priority;

import cl.circuito.waitinglist.entry.EntryEvent;
import cl.circuito.waitinglist.entry.EntryEventKind;
import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.AReferral;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriorityInstrumentTests {

    private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private final Staff admin = new Staff(UUID.randomUUID(), "Administradora");

    private static InstrumentDraft draft(int cut) {
        return new InstrumentDraft("Pauta breve", cut, List.of(
                new InstrumentDraft.Group("I. Delito", List.of("Abuso", "Maltrato")),
                new InstrumentDraft.Group("II. Contexto", List.of("Sin redes"))));
    }

    @Test
    void publishingNumbersTheItemsAcrossGroups() {
        PriorityInstrument instrument = PriorityInstrument.publish("prm-2026", 1, draft(2), admin, NOW);

        assertThat(instrument.code()).isEqualTo("PRM-2026");
        assertThat(instrument.itemCount()).isEqualTo(3);
        assertThat(instrument.items()).extracting(PriorityItem::number).containsExactly(1, 2, 3);
        assertThat(instrument.groups().get(1).items()).extracting(PriorityItem::text).containsExactly("Sin redes");
    }

    @Test
    void aDefaultCutOutsideTheItemCountOrAnEmptyGroupIsRefused() {
        assertThatThrownBy(() -> PriorityInstrument.publish("PRM-2026", 1, draft(4), admin, NOW))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e -> assertThat(e.field()).isEqualTo("defaultCut"));
        InstrumentDraft empty = new InstrumentDraft("Pauta", 1, List.of(new InstrumentDraft.Group("I. Vacío", List.of())));
        assertThatThrownBy(() -> PriorityInstrument.publish("PRM-2026", 1, empty, admin, NOW))
                .isInstanceOfSatisfying(PriorityRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("priority.error.emptyGroup"));
        assertThatThrownBy(() -> PriorityInstrument.publish("PRM-2026", 1, new InstrumentDraft("P", 1, List.of()), admin, NOW))
                .isInstanceOfSatisfying(PriorityRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("priority.error.noGroups"));
        assertThatThrownBy(() -> PriorityInstrument.publish("prm 2026!", 1, draft(1), admin, NOW))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void theTextEditorReadsHashLinesAsGroupsAndDropsHandTypedNumbers() {
        List<InstrumentDraft.Group> groups = InstrumentText.parse("""
                # I. En relación al tipo de delito
                1. Abuso Sexual Intrafamiliar

                2. Maltrato físico grave
                #II. Contexto
                Medidas judiciales adoptadas no garantizan la protección.
                """);

        assertThat(groups).extracting(InstrumentDraft.Group::title)
                .containsExactly("I. En relación al tipo de delito", "II. Contexto");
        assertThat(groups.get(0).items()).containsExactly("Abuso Sexual Intrafamiliar", "Maltrato físico grave");
        assertThatThrownBy(() -> InstrumentText.parse("Descriptor sin grupo\n# I. Grupo\nOtro"))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("priority.error.itemBeforeGroup");
                    assertThat(e.arguments()).containsExactly(1);
                });
    }

    @Test
    void onlyWaitingOrScheduledEntriesAreAssessedAndAnOverrideNeedsAReason() {
        PriorityInstrument instrument = PriorityInstrument.publish("PRM-2026", 1, draft(2), admin, NOW);
        WaitingListEntry entry = AReferral.by(admin);
        Map<Integer, PriorityAnswer> answers = new HashMap<>(Map.of(1, PriorityAnswer.PRESENT,
                2, PriorityAnswer.PRESENT, 3, PriorityAnswer.NO_DATA));

        assertThatThrownBy(() -> PriorityAssessment.assess(entry, instrument, 2, answers, TODAY, null, null, false, TODAY, admin, NOW))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("priority.error.transition.assess.UNDER_REVIEW"));

        AReferral.declareEligible(entry, TODAY, TODAY, admin, NOW);
        PriorityAssessment first = PriorityAssessment.assess(entry, instrument, 2, answers, TODAY, null, null, false, TODAY, admin, NOW);
        assertThat(entry.priority()).isEqualTo(1);
        assertThat(entry.priorityScore()).isEqualTo(2);
        assertThat(first.noDataCount()).isEqualTo(1);

        assertThatThrownBy(() -> first.override(entry, 2, " ", TODAY, admin, NOW))
                .isInstanceOfSatisfying(PriorityRuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));
        first.override(entry, 2, "Madre protectora, riesgo contenido", TODAY, admin, NOW);
        assertThat(entry.priority()).isEqualTo(2);
        assertThat(entry.priorityOverridden()).isTrue();

        // Re-assessment keeps a standing override unless the director removes it.
        PriorityAssessment second = PriorityAssessment.assess(entry, instrument, 2, answers, TODAY, null, first, false, TODAY, admin, NOW);
        assertThat(second.finalPriority()).isEqualTo(2);
        assertThat(second.computedPriority()).isEqualTo(1);
        PriorityAssessment third = PriorityAssessment.assess(entry, instrument, 2, answers, TODAY, null, second, true, TODAY, admin, NOW);
        assertThat(third.finalPriority()).isEqualTo(1);
        assertThat(entry.priorityOverridden()).isFalse();
        assertThat(entry.timeline()).extracting(EntryEvent::kind).contains(EntryEventKind.PRIORITY_ASSESSED,
                EntryEventKind.PRIORITY_OVERRIDDEN);
    }
}
