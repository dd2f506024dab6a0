package cl.circuito.waitinglist.entry;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.Versions;
import cl.circuito.waitinglist.AdmissionEvents;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.Events;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.SenainfoState;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static cl.circuito.waitinglist.EntryStatus.EXITED;
import static cl.circuito.waitinglist.EntryStatus.SCHEDULED;
import static cl.circuito.waitinglist.EntryStatus.UNDER_REVIEW;
import static cl.circuito.waitinglist.EntryStatus.WAITING;

/**
 * One child referred to one program, from the referral to leaving the list. State changes are verbs
 * that guard their rule, write the timeline and register an event; there are no setters.
 *
 * <p>Why it is longer than our classes usually are: it is the one state machine of a child on the list (under
 * review, waiting, scheduled, gone) and every verb's guard reads that state, so its verbs stay together. What
 * other capabilities own lives with them and only its effect on the child's state comes here: the priority
 * guide's instruments, scoring and overrides ({@code priority.PriorityAssessment}, which hands the entry its sort
 * key), the admission interview's record and the month's places ({@code admission}). A manual place in the
 * ranking stays here because the entry's own transitions (scheduled, exited, reopened) must forget it, and so do
 * SENAINFO's steps, whose guards read the decision and which reopening the decision must undo. About a fifth of the
 * file is read accessors for the pages and queries.
 */
@Entity
@Table(name = "waiting_list_entry")
public class WaitingListEntry extends AbstractAggregateRoot<WaitingListEntry> implements Persistable<UUID> {

    /** Business days to decide admissibility (I-SGC-01): 10 with sufficient background, 20 without. */
    public static final int DAYS_WITH_SUFFICIENT_BACKGROUND = 10;
    public static final int DAYS_WITH_INSUFFICIENT_BACKGROUND = 20;

    @Id
    private UUID id;
    @Version
    private long version;
    /**
     * True from a factory until saved. The id is assigned here and the version is a primitive, so Spring Data could
     * not tell a new entry from a stored one and merged it: a select for the entry and each of its events before the
     * insert (for a list import, thousands).
     */
    @Transient
    private boolean unsaved;
    private UUID programId;
    private UUID childId;
    private UUID referrerId;
    private String courtRit;
    private String courtRuc;
    private LocalDate courtOrderedOn;
    private String referralReason;
    private LocalDate receivedOn;
    private boolean backgroundSufficient;
    private LocalDate admissibilityDueOn;
    @Enumerated(EnumType.STRING)
    private EntryStatus status;
    private LocalDate decidedOn;
    private UUID decidedBy;
    private String decidedByName;
    private String decisionNotes;
    private UUID pertinentProgramId;
    private String pertinentProgramName;
    @Enumerated(EnumType.STRING)
    private ExitReason exitReason;
    private LocalDate exitedOn;
    private String exitNotes;
    private UUID exitedBy;
    private String exitedByName;
    /** Why the child is known to have turned 18 when the registry has no birth date (a "turned 18" exit only). */
    private String exitAgeOverride;
    private Instant registeredAt;
    private UUID registeredBy;
    private String registeredByName;
    /** First day of the month whose admissions include this child (the monthly plan), while scheduled and after. */
    private LocalDate scheduledMonth;
    private Instant scheduledAt;
    private UUID scheduledBy;
    private String scheduledByName;
    private String scheduleReason;
    // The current priority, kept by the priority guide (its history lives in priority_assessment).
    @JdbcTypeCode(SqlTypes.SMALLINT)
    private Integer priority;
    private Integer priorityScore;
    /** The list import that brought this entry in, or null for a referral registered in Circuito. */
    private UUID importId;
    private boolean priorityOverridden;
    // SENAINFO's steps (I-SGC-01): when the director entered the referral there and removed the child from it.
    private LocalDate senainfoEnteredOn;
    private UUID senainfoEnteredBy;
    private String senainfoEnteredByName;
    private LocalDate senainfoRemovedOn;
    private UUID senainfoRemovedBy;
    private String senainfoRemovedByName;
    /** The day the entry was disposed of at the end of its retention (no child, no free text any more), or null. */
    private LocalDate disposedOn;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredOn desc, recordedAt desc")
    private List<EntryEvent> timeline = new ArrayList<>();

    protected WaitingListEntry() {
    }

    /** The referral as received; the deadline is computed by the caller from the business calendar. */
    public record Referral(UUID programId, UUID childId, UUID referrerId, String courtRit, String courtRuc,
                           LocalDate courtOrderedOn, String reason, LocalDate receivedOn,
                           boolean backgroundSufficient) {
    }

    static WaitingListEntry register(Referral referral, LocalDate admissibilityDueOn, Staff actor, Instant now) {
        WaitingListEntry entry = new WaitingListEntry();
        entry.id = UUID.randomUUID();
        entry.unsaved = true;
        entry.programId = referral.programId();
        entry.childId = referral.childId();
        entry.referrerId = referral.referrerId();
        entry.courtRit = referral.courtRit();
        entry.courtRuc = referral.courtRuc();
        entry.courtOrderedOn = referral.courtOrderedOn();
        entry.referralReason = referral.reason();
        entry.receivedOn = referral.receivedOn();
        entry.backgroundSufficient = referral.backgroundSufficient();
        entry.admissibilityDueOn = admissibilityDueOn;
        entry.status = UNDER_REVIEW;
        entry.registeredAt = now;
        entry.registeredBy = actor.id();
        entry.registeredByName = actor.name();
        entry.timeline.add(new EntryEvent(entry, EntryEventKind.REFERRAL_RECEIVED, referral.receivedOn(), now, actor,
                null, null));
        entry.registerEvent(new Events.ReferralRegistered(entry.id, entry.programId, entry.childId, entry.receivedOn,
                admissibilityDueOn));
        return entry;
    }

    /**
     * An entry brought in from the list the program kept before Circuito: registered as any referral, then the
     * decision and priority already taken, on their real dates, through the same verbs and guards. Its per-entry
     * events are dropped: the import publishes one for the whole list, or a list of 2,000 would recompute the
     * program's estimates 2,000 times.
     *
     * @param prior the decision already taken, or null when the child is still under review
     */
    static WaitingListEntry imported(Referral referral, LocalDate admissibilityDueOn, PriorDecision prior,
                                     UUID importId, String note, LocalDate today, Staff actor, Instant now) {
        WaitingListEntry entry = register(referral, admissibilityDueOn, actor, now);
        entry.importId = importId;
        entry.timeline.add(new EntryEvent(entry, EntryEventKind.IMPORTED, today, now, actor, note, null));
        if (prior != null) {
            entry.declareEligible(prior.decidedOn(), null, today, actor, now);
            if (prior.priority() != null) {
                entry.priorityCarriedOver(prior.priority(), prior.score(), prior.decidedOn(), note, today, actor, now);
            }
        }
        entry.clearDomainEvents();
        return entry;
    }

    /** Business days the director has, by the sufficiency of the background. */
    static int businessDaysToDecide(boolean backgroundSufficient) {
        return backgroundSufficient ? DAYS_WITH_SUFFICIENT_BACKGROUND : DAYS_WITH_INSUFFICIENT_BACKGROUND;
    }

    /**
     * The director judges the background anew; the deadline follows (always counted from receipt)
     * and the timeline keeps why.
     */
    void changeBackgroundSufficiency(boolean sufficient, LocalDate newDueOn, String reason, LocalDate today,
                                     Staff actor, Instant now) {
        requireStatus("changeSufficiency", UNDER_REVIEW);
        requireText("reason", reason);
        if (sufficient == backgroundSufficient) {
            throw EntryRuleViolation.invalid("backgroundSufficient", "error.entry.sufficiencyUnchanged");
        }
        String detail = ChileanDates.day(admissibilityDueOn) + " → " + ChileanDates.day(newDueOn);
        this.backgroundSufficient = sufficient;
        this.admissibilityDueOn = newDueOn;
        timeline.add(new EntryEvent(this, EntryEventKind.BACKGROUND_SUFFICIENCY_CHANGED, today, now, actor, reason,
                detail));
    }

    EntryEvent recordBackgroundAction(BackgroundActionKind kind, LocalDate on, Staff performedBy, String notes,
                                      LocalDate today, Staff actor, Instant now) {
        if (status == EXITED) {
            throw EntryRuleViolation.illegalTransition("backgroundAction", status);
        }
        requireDateWithin("performedOn", on, today);
        EntryEvent event = new EntryEvent(this, EntryEventKind.BACKGROUND_ACTION, on, now, actor, notes, null)
                .performedAction(kind, performedBy);
        timeline.add(event);
        return event;
    }

    void attachmentAdded(String fileName, LocalDate today, Staff actor, Instant now) {
        timeline.add(new EntryEvent(this, EntryEventKind.ATTACHMENT_ADDED, today, now, actor, null, fileName));
    }

    void declareEligible(LocalDate on, String notes, LocalDate today, Staff actor, Instant now) {
        requireStatus("decide", UNDER_REVIEW);
        requireDateWithin("decidedOn", on, today);
        decided(on, notes, actor);
        this.status = WAITING;
        timeline.add(new EntryEvent(this, EntryEventKind.DECLARED_ELIGIBLE, on, now, actor, notes, null));
        registerEvent(new Events.ChildDeclaredEligible(id, programId, on));
    }

    /**
     * No sujeto de atención: the entry leaves the list. The reason and the more pertinent program
     * (one of the network, or written) are what the oficio to the referrer will say.
     */
    void declareNotEligible(LocalDate on, String reason, UUID pertinentProgramId, String pertinentProgramName,
                            LocalDate today, Staff actor, Instant now) {
        requireStatus("decide", UNDER_REVIEW);
        requireDateWithin("decidedOn", on, today);
        requireText("reason", reason);
        if (pertinentProgramId == null && (pertinentProgramName == null || pertinentProgramName.isBlank())) {
            throw EntryRuleViolation.invalid("pertinentProgram", "error.entry.pertinentProgramRequired");
        }
        decided(on, reason, actor);
        this.pertinentProgramId = pertinentProgramId;
        this.pertinentProgramName = pertinentProgramName == null || pertinentProgramName.isBlank() ? null
                : pertinentProgramName.trim();
        leave(ExitReason.NOT_ELIGIBLE, on, reason, actor);
        timeline.add(new EntryEvent(this, EntryEventKind.DECLARED_NOT_ELIGIBLE, on, now, actor, reason,
                this.pertinentProgramName));
        registerEvent(new Events.ChildDeclaredIneligible(id, programId, referrerId, on, reason, pertinentProgramId,
                this.pertinentProgramName));
    }

    /** Only explicitly, with a reason: the entry goes back to review, its original deadline unchanged. */
    void reopenDecision(String reason, LocalDate today, Staff actor, Instant now) {
        boolean decided = status == WAITING || status == SCHEDULED
                || (status == EXITED && exitReason == ExitReason.NOT_ELIGIBLE);
        if (!decided) {
            throw EntryRuleViolation.illegalTransition("reopen", status);
        }
        requireText("reason", reason);
        String detail = status == EXITED ? "NOT_ELIGIBLE" : "ELIGIBLE";
        // A scheduled child whose eligibility is reopened gives its place back.
        clearSchedule();
        forgetRankingPlacement();
        this.status = UNDER_REVIEW;
        this.decidedOn = null;
        this.decidedBy = null;
        this.decidedByName = null;
        this.decisionNotes = null;
        this.pertinentProgramId = null;
        this.pertinentProgramName = null;
        this.exitReason = null;
        this.exitedOn = null;
        this.exitNotes = null;
        this.exitedBy = null;
        this.exitedByName = null;
        this.exitAgeOverride = null;
        forgetSenainfoRemoval();
        timeline.add(new EntryEvent(this, EntryEventKind.DECISION_REOPENED, today, now, actor, reason, detail));
        registerEvent(new Events.DecisionReopened(id, programId, reason));
    }

    /**
     * The child leaves the list for a reason other than the decision or the admission. The exit is a fact that
     * happened: dated from receipt (and the decision, once decided) up to today — never ahead, since a planned
     * exit would take the child off the list, its place and the month's monitoring before it happens.
     * "Cumplió 18 años" must be true on that date: by the registered birth date or, when the registry has none,
     * by the director's word with a written reason ({@code ageOverrideReason}).
     *
     * @param birthDate the child's registered birth date, or null when unknown
     */
    void exit(ExitReason reason, LocalDate on, String notes, LocalDate birthDate, String ageOverrideReason,
              LocalDate today, Staff actor, Instant now) {
        if (status == EXITED) {
            throw EntryRuleViolation.illegalTransition("exit", status);
        }
        // The decision and the admission have their own verbs (and the admission its capacity and interview rules).
        if (reason == null || reason == ExitReason.NOT_ELIGIBLE || reason == ExitReason.ADMITTED) {
            throw EntryRuleViolation.invalid("exitReason", "error.entry.exitReasonRequired");
        }
        requireDateWithin("exitedOn", on, today);
        if (decidedOn != null && on.isBefore(decidedOn)) {
            throw EntryRuleViolation.invalid("exitedOn", "error.exit.beforeDecision", ChileanDates.day(decidedOn));
        }
        String override = reason == ExitReason.TURNED_18
                ? ComingOfAge.evidence(on, birthDate, ageOverrideReason, today, "exitedOn", "exitReason") : null;
        requireText("notes", notes);
        leave(reason, on, notes, actor);
        this.exitAgeOverride = override;
        timeline.add(new EntryEvent(this, EntryEventKind.EXITED, on, now, actor, notes, reason.name()));
        registerEvent(new Events.EntryExited(id, programId, reason, on));
    }

    // ---------------------------------------------------------------- monthly admission (I-SGC-01 step 7)
    // The entry's side of it: scheduled, interviewed, admitted are states of the child on the list. The places,
    // the monthly plan and the interview's record belong to the admission capability, which calls these verbs.

    /**
     * Gives the child one of the month's free places. The caller counted the places under the program's
     * lock; the entry guards its own state and records why the director deviated from the proposal, if they did.
     */
    public void scheduleAdmission(YearMonth month, String deviationReason, LocalDate today, Staff actor, Instant now) {
        if (status != WAITING) {
            throw EntryRuleViolation.refused("admission.error.state.schedule");
        }
        if (month == null) {
            throw EntryRuleViolation.invalid("month", "admission.error.monthRequired");
        }
        if (month.isBefore(YearMonth.from(today))) {
            throw EntryRuleViolation.invalid("month", "admission.error.monthPast");
        }
        this.status = SCHEDULED;
        forgetRankingPlacement();
        this.scheduledMonth = month.atDay(1);
        this.scheduledAt = now;
        this.scheduledBy = actor.id();
        this.scheduledByName = actor.name();
        this.scheduleReason = deviationReason == null || deviationReason.isBlank() ? null : deviationReason.trim();
        timeline.add(new EntryEvent(this, EntryEventKind.ADMISSION_SCHEDULED, today, now, actor, scheduleReason,
                ChileanDates.month(month)));
        registerEvent(new AdmissionEvents.ChildScheduledForAdmission(id, programId, childId, month, scheduleReason));
    }

    /** Back to the list: the place is freed, the child keeps its eligibility and waits again. */
    public void unschedule(String reason, LocalDate today, Staff actor, Instant now) {
        if (status != SCHEDULED) {
            throw EntryRuleViolation.refused("admission.error.state.unschedule");
        }
        if (reason == null || reason.isBlank()) {
            throw EntryRuleViolation.invalid("reason", "admission.error.reasonRequired");
        }
        String month = ChileanDates.month(scheduledMonth());
        clearSchedule();
        this.status = WAITING;
        timeline.add(new EntryEvent(this, EntryEventKind.ADMISSION_UNSCHEDULED, today, now, actor, reason.trim(),
                month));
        registerEvent(new AdmissionEvents.AdmissionUnscheduled(id, programId, reason.trim()));
    }

    /**
     * The interview with the child and the adult was held (the admission capability keeps what was said): only
     * while scheduled, dated between the scheduling and today — one held before belongs to no scheduling.
     */
    public void interviewed(LocalDate heldOn, String notes, String address, LocalDate today, Staff actor,
                            Instant now) {
        if (status != SCHEDULED) {
            throw EntryRuleViolation.refused("admission.error.state.interview");
        }
        requireDateWithin("heldOn", heldOn, today);
        LocalDate scheduledOn = scheduledOn();
        if (scheduledOn != null && heldOn.isBefore(scheduledOn)) {
            throw EntryRuleViolation.invalid("heldOn", "admission.error.interviewBeforeScheduling",
                    ChileanDates.day(scheduledOn), ChileanDates.month(scheduledMonth()));
        }
        String detail = address.length() > 500 ? address.substring(0, 500) : address;
        timeline.add(new EntryEvent(this, EntryEventKind.ADMISSION_INTERVIEW, heldOn, now, actor, notes, detail));
        registerEvent(new AdmissionEvents.AdmissionInterviewRecorded(id, programId, heldOn));
    }

    /**
     * The effective admission: the entry leaves the list as admitted (the caller opens the active case).
     * Only after the admission interview of this scheduling, never dated before it, before receipt, before the
     * month the child was scheduled for (that month's places are the ones it takes) nor in the future.
     *
     * @param interviewedOn the day of the current scheduling's interview, or null when there is none
     */
    public void admit(LocalDate admittedOn, LocalDate interviewedOn, LocalDate today, Staff actor, Instant now) {
        if (status != SCHEDULED) {
            throw EntryRuleViolation.refused("admission.error.state.admit");
        }
        if (admittedOn == null) {
            throw EntryRuleViolation.invalid("admittedOn", "error.entry.dateRequired");
        }
        if (admittedOn.isAfter(today)) {
            throw EntryRuleViolation.invalid("admittedOn", "admission.error.admittedInFuture");
        }
        if (admittedOn.isBefore(receivedOn)) {
            throw EntryRuleViolation.invalid("admittedOn", "error.entry.dateBeforeReceipt", ChileanDates.day(receivedOn));
        }
        if (admittedOn.isBefore(scheduledMonth)) {
            throw EntryRuleViolation.invalid("admittedOn", "admission.error.admittedBeforeScheduledMonth",
                    ChileanDates.month(scheduledMonth()), ChileanDates.day(scheduledMonth));
        }
        if (interviewedOn == null) {
            throw EntryRuleViolation.invalid("admittedOn", "admission.error.noInterview");
        }
        if (admittedOn.isBefore(interviewedOn)) {
            throw EntryRuleViolation.invalid("admittedOn", "admission.error.admittedBeforeInterview",
                    ChileanDates.day(interviewedOn));
        }
        leave(ExitReason.ADMITTED, admittedOn, null, actor);
        timeline.add(new EntryEvent(this, EntryEventKind.ADMITTED, admittedOn, now, actor, null, null));
        registerEvent(new AdmissionEvents.ChildAdmitted(id, programId, childId, referrerId, admittedOn));
    }

    /**
     * The day the child was last scheduled (its timeline says when the director confirmed the month), or null
     * when not scheduled.
     */
    public LocalDate scheduledOn() {
        if (scheduledAt == null) {
            return null;
        }
        return timeline.stream()
                .filter(e -> e.kind() == EntryEventKind.ADMISSION_SCHEDULED)
                .max(Comparator.comparing(EntryEvent::recordedAt))
                .map(EntryEvent::occurredOn)
                .orElse(null);
    }

    private void clearSchedule() {
        this.scheduledMonth = null;
        this.scheduledAt = null;
        this.scheduledBy = null;
        this.scheduledByName = null;
        this.scheduleReason = null;
    }

    // ---------------------------------------------------------------- priority guide (annex 1)
    // The entry keeps the guide's result (its final priority and score), the ranking's sort key; the instrument,
    // the scoring and the override's rules belong to the priority capability, which calls these verbs.

    /** The guide was applied: only to a waiting or scheduled child, on a day between receipt and today. */
    public void priorityAssessed(int priority, int score, boolean overridden, LocalDate assessedOn, String notes,
                                 String detail, LocalDate today, Staff actor, Instant now) {
        requireAssessable("assess");
        requireDateWithin("assessedOn", assessedOn, today);
        this.priority = priority;
        this.priorityScore = score;
        this.priorityOverridden = overridden;
        timeline.add(new EntryEvent(this, EntryEventKind.PRIORITY_ASSESSED, assessedOn, now, actor, notes, detail));
    }

    /**
     * The priority an imported list already gave the child, with its score when the sheet had one (a missing score
     * sorts last among its priority, as the ranking's index says).
     */
    void priorityCarriedOver(int priority, Integer score, LocalDate on, String notes, LocalDate today, Staff actor,
                             Instant now) {
        requireAssessable("assess");
        requireDateWithin("assessedOn", on, today);
        if (priority < 1 || priority > 2) {
            throw EntryRuleViolation.invalid("priority", "error.import.priority");
        }
        if (score != null && score < 0) {
            throw EntryRuleViolation.invalid("score", "error.import.score");
        }
        this.priority = priority;
        this.priorityScore = score;
        this.priorityOverridden = false;
        timeline.add(new EntryEvent(this, EntryEventKind.PRIORITY_ASSESSED, on, now, actor, notes, null));
    }

    /** The director set the priority by hand, or went back to the computed one; always with a reason. */
    public void priorityOverridden(int priority, boolean overridden, String reason, String detail, LocalDate today,
                                   Staff actor, Instant now) {
        requireAssessable("override");
        requireText("reason", reason);
        this.priority = priority;
        this.priorityOverridden = overridden;
        timeline.add(new EntryEvent(this, EntryEventKind.PRIORITY_OVERRIDDEN, today, now, actor, reason.trim(),
                detail));
    }

    /** The priority guide applies only to eligible children still on the list: waiting or scheduled. */
    public boolean isAssessable() {
        return status == WAITING || status == SCHEDULED;
    }

    private void requireAssessable(String verb) {
        if (!isAssessable()) {
            throw EntryRuleViolation.refused("priority.error.transition." + verb + "." + status.name());
        }
    }

    /** Protects against lost updates from forms opened before someone else's change. */
    void requireVersion(Long expected) {
        Versions.require(version, expected);
    }

    private void decided(LocalDate on, String notes, Staff actor) {
        this.decidedOn = on;
        this.decidedBy = actor.id();
        this.decidedByName = actor.name();
        this.decisionNotes = notes;
    }

    private void leave(ExitReason reason, LocalDate on, String notes, Staff actor) {
        this.status = EXITED;
        forgetRankingPlacement();
        this.exitReason = reason;
        this.exitedOn = on;
        this.exitNotes = notes;
        this.exitedBy = actor.id();
        this.exitedByName = actor.name();
    }

    private void requireStatus(String verb, EntryStatus required) {
        if (status != required) {
            throw EntryRuleViolation.illegalTransition(verb, status);
        }
    }

    private void requireDateWithin(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw EntryRuleViolation.invalid(field, "error.entry.dateRequired");
        }
        if (date.isAfter(today)) {
            throw EntryRuleViolation.invalid(field, "error.entry.dateInFuture");
        }
        if (date.isBefore(receivedOn)) {
            throw EntryRuleViolation.invalid(field, "error.entry.dateBeforeReceipt", ChileanDates.day(receivedOn));
        }
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw EntryRuleViolation.invalid(field, "error.entry.textRequired");
        }
    }

    public boolean isOpen() {
        return status != EXITED;
    }

    public boolean isAwaitingDecision() {
        return status == UNDER_REVIEW;
    }

    public UUID id() {
        return id;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return unsaved;
    }

    @PostPersist
    @PostLoad
    void stored() {
        unsaved = false;
    }

    public long version() {
        return version;
    }

    public UUID programId() {
        return programId;
    }

    public UUID childId() {
        return childId;
    }

    public UUID referrerId() {
        return referrerId;
    }

    public String courtRit() {
        return courtRit;
    }

    public String courtRuc() {
        return courtRuc;
    }

    public LocalDate courtOrderedOn() {
        return courtOrderedOn;
    }

    public String referralReason() {
        return referralReason;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public boolean backgroundSufficient() {
        return backgroundSufficient;
    }

    public LocalDate admissibilityDueOn() {
        return admissibilityDueOn;
    }

    public EntryStatus status() {
        return status;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public String decisionNotes() {
        return decisionNotes;
    }

    public UUID pertinentProgramId() {
        return pertinentProgramId;
    }

    public String pertinentProgramName() {
        return pertinentProgramName;
    }

    public ExitReason exitReason() {
        return exitReason;
    }

    public LocalDate exitedOn() {
        return exitedOn;
    }

    public String exitNotes() {
        return exitNotes;
    }

    public String exitedByName() {
        return exitedByName;
    }

    /** The director's reason for a "turned 18" exit of a child without registered birth date, or null. */
    public String exitAgeOverride() {
        return exitAgeOverride;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredByName() {
        return registeredByName;
    }

    public YearMonth scheduledMonth() {
        return scheduledMonth == null ? null : YearMonth.from(scheduledMonth);
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String scheduledByName() {
        return scheduledByName;
    }

    public String scheduleReason() {
        return scheduleReason;
    }

    public boolean isScheduled() {
        return status == SCHEDULED;
    }

    /** 1 or 2, or null before the priority guide is applied. */
    public Integer priority() {
        return priority;
    }

    public UUID importId() {
        return importId;
    }

    public Integer priorityScore() {
        return priorityScore;
    }

    public boolean priorityOverridden() {
        return priorityOverridden;
    }

    public List<EntryEvent> timeline() {
        return List.copyOf(timeline);
    }

    // ---------------------------------------------------------------- disposal (Ley 21.719)

    /**
     * The end of the entry's retention (I-SGC-01: the F-SGC-030 register is kept until the program ends). Who the
     * child is and every free text go, from the entry and its timeline: the link to the child, the court's cause
     * numbers, the referral's reason, the decision's and the exit's notes, the evidence of a coming of age, the
     * scheduling's reason. What the figures count stays: program, referrer, dates, states, the exit and its reason,
     * the priority and score, who decided (staff). Only an entry that left the list, once. The caller checked the
     * program has ended, disposes of what hangs from the entry and audits it.
     */
    public void dispose(LocalDate on) {
        if (disposedOn != null) {
            throw EntryRuleViolation.refused("error.entry.alreadyDisposed");
        }
        if (status != EXITED) {
            throw EntryRuleViolation.illegalTransition("dispose", status);
        }
        this.childId = null;
        this.courtRit = null;
        this.courtRuc = null;
        this.referralReason = null;
        this.decisionNotes = null;
        this.exitNotes = null;
        this.exitAgeOverride = null;
        this.scheduleReason = null;
        forgetRankingPlacement();
        timeline.forEach(EntryEvent::erase);
        this.disposedOn = on;
    }

    public boolean isDisposed() {
        return disposedOn != null;
    }

    public LocalDate disposedOn() {
        return disposedOn;
    }

    // ---------------------------------------------------------------- SENAINFO's steps (I-SGC-01)
    // Circuito does not talk to SENAINFO: the director records that the referral was entered in its waiting list
    // and, once declared not eligible, that the child was removed from it. Each step is recorded once.

    /**
     * The referral was entered in SENAINFO's waiting list on {@code on}: between receipt and today, once. A child
     * who already left the list may still have it recorded (it is a fact that happened while on the list).
     */
    void enteredInSenainfo(LocalDate on, LocalDate today, Staff actor, Instant now) {
        if (senainfoEnteredOn != null) {
            throw EntryRuleViolation.invalid("senainfoStep", "senainfo.error.alreadyEntered",
                    ChileanDates.day(senainfoEnteredOn), senainfoEnteredByName);
        }
        requireDateWithin("senainfoOn", on, today);
        if (exitedOn != null && on.isAfter(exitedOn)) {
            throw EntryRuleViolation.invalid("senainfoOn", "senainfo.error.enteredAfterExit", ChileanDates.day(exitedOn));
        }
        this.senainfoEnteredOn = on;
        this.senainfoEnteredBy = actor.id();
        this.senainfoEnteredByName = actor.name();
        timeline.add(new EntryEvent(this, EntryEventKind.SENAINFO_ENTERED, on, now, actor, null, null));
    }

    /**
     * The child, declared not eligible, was removed from SENAINFO on {@code on}: only what was entered, once,
     * dated from the decision (and the entry in SENAINFO) up to today.
     */
    void removedFromSenainfo(LocalDate on, LocalDate today, Staff actor, Instant now) {
        if (exitReason != ExitReason.NOT_ELIGIBLE) {
            throw EntryRuleViolation.refused("senainfo.error.removeOnlyNotEligible");
        }
        if (senainfoRemovedOn != null) {
            throw EntryRuleViolation.invalid("senainfoStep", "senainfo.error.alreadyRemoved",
                    ChileanDates.day(senainfoRemovedOn), senainfoRemovedByName);
        }
        if (senainfoEnteredOn == null) {
            throw EntryRuleViolation.invalid("senainfoStep", "senainfo.error.removeNotEntered");
        }
        requireDateWithin("senainfoOn", on, today);
        if (on.isBefore(decidedOn)) {
            throw EntryRuleViolation.invalid("senainfoOn", "senainfo.error.removedBeforeDecision",
                    ChileanDates.day(decidedOn));
        }
        if (on.isBefore(senainfoEnteredOn)) {
            throw EntryRuleViolation.invalid("senainfoOn", "senainfo.error.removedBeforeEntered",
                    ChileanDates.day(senainfoEnteredOn));
        }
        this.senainfoRemovedOn = on;
        this.senainfoRemovedBy = actor.id();
        this.senainfoRemovedByName = actor.name();
        timeline.add(new EntryEvent(this, EntryEventKind.SENAINFO_REMOVED, on, now, actor, null, null));
    }

    /**
     * A reopened not-eligible decision puts the child back under review: one removed from SENAINFO must be
     * entered again, so both steps are pending anew (the timeline keeps when they were taken).
     */
    private void forgetSenainfoRemoval() {
        if (senainfoRemovedOn == null) {
            return;
        }
        this.senainfoRemovedOn = null;
        this.senainfoRemovedBy = null;
        this.senainfoRemovedByName = null;
        this.senainfoEnteredOn = null;
        this.senainfoEnteredBy = null;
        this.senainfoEnteredByName = null;
    }

    public SenainfoState senainfoState() {
        return SenainfoState.of(status, exitReason, senainfoEnteredOn, senainfoRemovedOn);
    }

    public LocalDate senainfoEnteredOn() {
        return senainfoEnteredOn;
    }

    public String senainfoEnteredByName() {
        return senainfoEnteredByName;
    }

    public LocalDate senainfoRemovedOn() {
        return senainfoRemovedOn;
    }

    public String senainfoRemovedByName() {
        return senainfoRemovedByName;
    }

    // ---------------------------------------------------------------- ranking (prelación): a place set by hand
    private Integer manualPosition;
    private String manualPositionReason;
    private Instant manualPositionAt;
    private String manualPositionByName;

    /**
     * The director puts a waiting child at a position of the program's ranking, with a written reason;
     * the other children keep their natural order around it.
     *
     * @param currentRank  where the child stands before the move (kept in the timeline)
     * @param waitingCount children in the ranking: a position past the last one is refused
     */
    public void placeInRanking(Integer position, int currentRank, int waitingCount, String reason, LocalDate today,
                        Staff actor, Instant now) {
        requireStatus("ranking", WAITING);
        if (position == null) {
            throw EntryRuleViolation.invalid("position", "ranking.error.positionRequired");
        }
        if (position < 1) {
            throw EntryRuleViolation.invalid("position", "ranking.error.positionTooLow");
        }
        if (position > waitingCount) {
            throw EntryRuleViolation.invalid("position", "ranking.error.positionBeyondList", waitingCount);
        }
        requireText("reason", reason);
        this.manualPosition = position;
        this.manualPositionReason = reason;
        this.manualPositionAt = now;
        this.manualPositionByName = actor.name();
        timeline.add(new EntryEvent(this, EntryEventKind.RANKING_PLACED, today, now, actor, reason,
                currentRank + " → " + position));
        registerEvent(new RankingEvents.RankingChanged(programId, id, position));
    }

    /** The child goes back to the order of the priority guide; the timeline keeps the place it leaves. */
    public void clearRankingPlacement(String reason, LocalDate today, Staff actor, Instant now) {
        requireStatus("ranking", WAITING);
        if (manualPosition == null) {
            throw EntryRuleViolation.illegalTransition("rankingClear", status);
        }
        requireText("reason", reason);
        String detail = String.valueOf(manualPosition);
        forgetRankingPlacement();
        timeline.add(new EntryEvent(this, EntryEventKind.RANKING_PLACEMENT_CLEARED, today, now, actor, reason,
                detail));
        registerEvent(new RankingEvents.RankingChanged(programId, id, null));
    }

    /**
     * A manual place belongs to the ranking the director moved the child in: once the child leaves the
     * waiting children (scheduled, exited), it must not come back on its own if the child waits again.
     */
    private void forgetRankingPlacement() {
        this.manualPosition = null;
        this.manualPositionReason = null;
        this.manualPositionAt = null;
        this.manualPositionByName = null;
    }

    /** The position set by hand, or null when the child holds its place by the guide's criteria. */
    public Integer manualPosition() {
        return manualPosition;
    }

    public String manualPositionReason() {
        return manualPositionReason;
    }

    public Instant manualPositionAt() {
        return manualPositionAt;
    }

    public String manualPositionByName() {
        return manualPositionByName;
    }
}
