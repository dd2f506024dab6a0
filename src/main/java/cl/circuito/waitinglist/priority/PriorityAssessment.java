package cl.circuito.waitinglist.priority;

import cl.circuito.waitinglist.entry.Staff;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One application of a priority instrument version to a waiting child: the answers, the score, the
 * cut used and the priority it gave, plus the director's override with its reason, if any. The answers
 * never change; a re-assessment is a new assessment, so the history stays. Its verbs hold the guide's rules and
 * hand the result to the entry, which keeps it as the ranking's sort key and writes the child's timeline.
 */
@Entity
@Table(name = "priority_assessment")
public class PriorityAssessment extends AbstractAggregateRoot<PriorityAssessment> {

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID entryId;
    private UUID programId;
    private UUID instrumentId;
    private LocalDate assessedOn;
    private Instant assessedAt;
    private UUID assessedBy;
    private String assessedByName;
    private int score;
    private int noDataCount;
    private int cutUsed;
    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int computedPriority;
    @JdbcTypeCode(SqlTypes.SMALLINT)
    private Integer overridePriority;
    private String overrideReason;
    private UUID overriddenBy;
    private String overriddenByName;
    private Instant overriddenAt;
    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int finalPriority;
    private String notes;
    /** The day it was disposed of at the end of its retention (answers, notes and the override's reason erased). */
    private LocalDate disposedOn;
    @ElementCollection
    @CollectionTable(name = "priority_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderBy("itemNumber")
    private List<AssessmentAnswer> answers = new ArrayList<>();

    protected PriorityAssessment() {
    }

    /**
     * Applies a priority instrument (I-SGC-01, annex 1) to an eligible child: only while waiting or scheduled. A
     * standing override of the previous assessment is kept unless the director removes it (docs/priority-guide.md);
     * the entry's priority is then the final one.
     *
     * @param previous the current assessment, or null for the first one
     * @return the new assessment, for the caller to save with the entry
     */
    static PriorityAssessment assess(WaitingListEntry entry, PriorityInstrument instrument, int cut,
                                     Map<Integer, PriorityAnswer> answers, LocalDate assessedOn, String notes,
                                     PriorityAssessment previous, boolean removeOverride, LocalDate today, Staff actor,
                                     Instant now) {
        requireAssessable(entry, "assess");
        PriorityAssessment assessment = of(entry, instrument, cut, answers, assessedOn, notes, actor, now);
        if (!removeOverride) {
            assessment.carryOverrideFrom(previous);
        }
        entry.priorityAssessed(assessment.finalPriority, assessment.score, assessment.isOverridden(), assessedOn,
                assessment.notes, "P" + assessment.finalPriority + " · " + assessment.score + "/"
                        + instrument.itemCount(), today, actor, now);
        assessment.registerEvent(new PriorityEvents.PriorityAssessed(entry.id(), entry.programId(), assessment.id,
                assessment.finalPriority, assessment.score, assessment.noDataCount));
        return assessment;
    }

    /**
     * The director sets the final priority by hand with a written reason, or ({@code newPriority} null) goes back
     * to the computed one, also with a reason.
     */
    void override(WaitingListEntry entry, Integer newPriority, String reason, LocalDate today, Staff actor,
                  Instant now) {
        if (reason == null || reason.isBlank()) {
            throw PriorityRuleViolation.invalid("reason", "error.entry.textRequired");
        }
        String before = "P" + finalPriority;
        if (newPriority == null) {
            if (!isOverridden()) {
                throw PriorityRuleViolation.conflict("priority.error.noOverride");
            }
            removeOverride();
        } else {
            if (!PriorityScoring.isPriority(newPriority)) {
                throw PriorityRuleViolation.invalid("priority", "priority.error.priorityChoice");
            }
            if (newPriority == computedPriority) {
                throw PriorityRuleViolation.invalid("priority", "priority.error.overrideSameAsComputed",
                        computedPriority);
            }
            overrideWith(newPriority, reason, actor, now);
        }
        entry.priorityOverridden(finalPriority, isOverridden(), reason, before + " → P" + finalPriority, today, actor,
                now);
        registerEvent(new PriorityEvents.PriorityOverridden(entry.id(), entry.programId(), id, overridePriority,
                computedPriority, reason.trim()));
    }

    /** The guide applies only to eligible children still on the list; said before any scoring. 409. */
    static void requireAssessable(WaitingListEntry entry, String verb) {
        if (!entry.isAssessable()) {
            throw PriorityRuleViolation.notAssessable(verb, entry.status());
        }
    }

    /** Scores the answers against the instrument and the cut; refuses unanswered or unknown descriptors. */
    private static PriorityAssessment of(WaitingListEntry entry, PriorityInstrument instrument, int cut,
                                 Map<Integer, PriorityAnswer> answers, LocalDate assessedOn, String notes,
                                 Staff by, Instant now) {
        List<PriorityItem> items = instrument.items();
        PriorityScoring.Result result = PriorityScoring.score(items.stream().map(PriorityItem::number).toList(),
                answers, cut);
        PriorityAssessment assessment = new PriorityAssessment();
        assessment.id = UUID.randomUUID();
        assessment.entryId = entry.id();
        assessment.programId = entry.programId();
        assessment.instrumentId = instrument.id();
        assessment.assessedOn = assessedOn;
        assessment.assessedAt = now;
        assessment.assessedBy = by.id();
        assessment.assessedByName = by.name();
        assessment.score = result.score();
        assessment.noDataCount = result.noDataCount();
        assessment.cutUsed = cut;
        assessment.computedPriority = result.priority();
        assessment.finalPriority = result.priority();
        assessment.notes = notes == null || notes.isBlank() ? null : notes.trim();
        for (PriorityItem item : items) {
            assessment.answers.add(new AssessmentAnswer(item.id(), item.number(), answers.get(item.number())));
        }
        return assessment;
    }

    /**
     * A standing override survives a re-assessment (see docs/priority-guide.md), with its author and date. Not one
     * whose reason was erased with its assessment's disposal: an override stands only with its reason.
     */
    private void carryOverrideFrom(PriorityAssessment previous) {
        if (previous != null && previous.isOverridden() && previous.disposedOn == null) {
            this.overridePriority = previous.overridePriority;
            this.overrideReason = previous.overrideReason;
            this.overriddenBy = previous.overriddenBy;
            this.overriddenByName = previous.overriddenByName;
            this.overriddenAt = previous.overriddenAt;
            this.finalPriority = previous.overridePriority;
        }
    }

    private void overrideWith(int priority, String reason, Staff by, Instant now) {
        this.overridePriority = priority;
        this.overrideReason = reason.trim();
        this.overriddenBy = by.id();
        this.overriddenByName = by.name();
        this.overriddenAt = now;
        this.finalPriority = priority;
    }

    private void removeOverride() {
        this.overridePriority = null;
        this.overrideReason = null;
        this.overriddenBy = null;
        this.overriddenByName = null;
        this.overriddenAt = null;
        this.finalPriority = computedPriority;
    }

    /**
     * The end of the guide's retention (I-SGC-01: five years): the item-by-item answers, the notes and the
     * override's reason go; the score, the "no data" count, the cut, the computed, override and final priorities
     * and their dates stay (the figures and the ranking's history read them). Once.
     */
    void dispose(LocalDate on) {
        if (disposedOn != null) {
            throw PriorityRuleViolation.conflict("priority.error.alreadyDisposed");
        }
        this.answers.clear();
        this.notes = null;
        this.overrideReason = null;
        this.disposedOn = on;
    }

    public LocalDate disposedOn() {
        return disposedOn;
    }

    public boolean isOverridden() {
        return overridePriority != null;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID entryId() {
        return entryId;
    }

    public UUID programId() {
        return programId;
    }

    public UUID instrumentId() {
        return instrumentId;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public String assessedByName() {
        return assessedByName;
    }

    public int score() {
        return score;
    }

    public int noDataCount() {
        return noDataCount;
    }

    public int cutUsed() {
        return cutUsed;
    }

    public int computedPriority() {
        return computedPriority;
    }

    public Integer overridePriority() {
        return overridePriority;
    }

    public String overrideReason() {
        return overrideReason;
    }

    public String overriddenByName() {
        return overriddenByName;
    }

    public Instant overriddenAt() {
        return overriddenAt;
    }

    public int finalPriority() {
        return finalPriority;
    }

    public String notes() {
        return notes;
    }

    public List<AssessmentAnswer> answers() {
        return List.copyOf(answers);
    }
}
