package cl.circuito.waitinglist.priority;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One assessment with the wording of the instrument version it used, ready to show or print.
 * {@code finalPriority} is what counts: the override when there is one, the computed priority otherwise. A disposed
 * assessment ({@code disposedOn}) has no answers, notes nor override reason any more.
 */
@NamedInterface("priority")
public record AssessmentView(UUID id, UUID entryId, UUID programId, UUID instrumentId, String instrumentCode,
                             String instrumentName, int instrumentVersion, int itemCount, LocalDate assessedOn,
                             Instant assessedAt, String assessedByName, int score, int noDataCount, int cutUsed,
                             int computedPriority, Integer overridePriority, String overrideReason,
                             String overriddenByName, Instant overriddenAt, int finalPriority, String notes,
                             List<AnsweredGroup> groups, LocalDate disposedOn) {

    public record AnsweredGroup(String title, List<AnsweredItem> items) {
    }

    public record AnsweredItem(int number, String text, PriorityAnswer answer) {
    }

    public boolean overridden() {
        return overridePriority != null;
    }

    /** Disposed of at the end of its retention: the answers, notes and override's reason are no longer on file. */
    public boolean disposed() {
        return disposedOn != null;
    }

    /** Descriptors marked "no data": background still to gather. */
    public List<AnsweredItem> noDataItems() {
        return groups.stream().flatMap(g -> g.items().stream())
                .filter(i -> i.answer() == PriorityAnswer.NO_DATA)
                .toList();
    }

    public String instrumentLabel() {
        return instrumentCode + " v" + instrumentVersion;
    }

    static AssessmentView of(PriorityAssessment a, PriorityInstrument instrument) {
        var answers = a.answers().stream()
                .collect(java.util.stream.Collectors.toMap(AssessmentAnswer::itemNumber, AssessmentAnswer::answer));
        List<AnsweredGroup> groups = instrument.groups().stream()
                .map(g -> new AnsweredGroup(g.title(), g.items().stream()
                        .map(i -> new AnsweredItem(i.number(), i.text(), answers.get(i.number())))
                        .toList()))
                .toList();
        return new AssessmentView(a.id(), a.entryId(), a.programId(), instrument.id(), instrument.code(),
                instrument.name(), instrument.versionNumber(), instrument.itemCount(), a.assessedOn(),
                a.assessedAt(), a.assessedByName(), a.score(), a.noDataCount(), a.cutUsed(), a.computedPriority(),
                a.overridePriority(), a.overrideReason(), a.overriddenByName(), a.overriddenAt(), a.finalPriority(),
                a.notes(), groups, a.disposedOn());
    }
}
