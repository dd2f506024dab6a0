package cl.circuito.mesas.mesa;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.mesas.MemberKind;
import cl.circuito.mesas.Participation;
import cl.circuito.shared.Versions;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A member of a Mesa: a program, an institution, a sector or the territorial manager, permanent or
 * occasional, perhaps a co-facilitator, with its named representatives. Every change is kept in its
 * membership history; a member who leaves stays on record (with the date and reason).
 */
@Entity
@Table(name = "mesa_member")
public class MesaMember {

    public static final int MAX_TEXT = 1000;

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID mesaId;
    @Enumerated(EnumType.STRING)
    private MemberKind kind;
    private UUID programId;
    private UUID institutionId;
    private String sectorCode;
    private UUID userId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Participation participation;
    private boolean coFacilitator;
    private LocalDate joinedOn;
    private LocalDate leftOn;
    private String leftReason;
    private String notes;
    private Instant createdAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "member_id", nullable = false)
    @OrderBy("since, fullName")
    private List<Representative> representatives = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "member_id", nullable = false)
    @OrderBy("at")
    private List<MemberEvent> history = new ArrayList<>();

    protected MesaMember() {
    }

    /** Who the member is: exactly one reference, by kind. {@code name} is how the Mesa calls it. */
    public record Identity(MemberKind kind, UUID programId, UUID institutionId, String sectorCode, UUID userId,
                           String name) {

        public static Identity program(UUID programId, String name) {
            return new Identity(MemberKind.PROGRAM, programId, null, null, null, name);
        }

        public static Identity institution(UUID institutionId, String name) {
            return new Identity(MemberKind.INSTITUTION, null, institutionId, null, null, name);
        }

        public static Identity sector(String sectorCode, String localName) {
            return new Identity(MemberKind.SECTOR, null, null, sectorCode, null, localName);
        }

        public static Identity territorialManager(UUID userId, String name) {
            return new Identity(MemberKind.TERRITORIAL_MANAGER, null, null, null, userId, name);
        }
    }

    static MesaMember join(Mesa mesa, Identity who, Participation participation, boolean coFacilitator,
                           LocalDate joinedOn, String notes, String byName, Instant now) {
        if (who.name() == null || who.name().isBlank()) {
            throw MesaRuleViolation.invalid("name", "mesas.error.required.memberName");
        }
        if (participation == null) {
            throw MesaRuleViolation.invalid("participation", "mesas.error.required.participation");
        }
        if (joinedOn == null) {
            throw MesaRuleViolation.invalid("joinedOn", "mesas.error.required.joinedOn");
        }
        MesaMember member = new MesaMember();
        member.id = UUID.randomUUID();
        member.mesaId = mesa.id();
        member.kind = who.kind();
        member.programId = who.programId();
        member.institutionId = who.institutionId();
        member.sectorCode = who.sectorCode();
        member.userId = who.userId();
        member.name = who.name().strip();
        member.participation = participation;
        member.coFacilitator = coFacilitator;
        member.joinedOn = joinedOn;
        member.notes = blankToNull(notes);
        member.createdAt = now;
        member.record(MemberEvent.Kind.JOINED, joinedOn, participation.name() + (coFacilitator ? " CO_FACILITATOR" : ""),
                byName, now);
        return member;
    }

    void changeParticipation(Participation participation, LocalDate on, String byName, Instant now) {
        requireCurrent();
        if (participation == null) {
            throw MesaRuleViolation.invalid("participation", "mesas.error.required.participation");
        }
        if (participation != this.participation) {
            this.participation = participation;
            record(MemberEvent.Kind.PARTICIPATION_CHANGED, on, participation.name(), byName, now);
        }
    }

    void changeCoFacilitation(boolean coFacilitator, LocalDate on, String byName, Instant now) {
        requireCurrent();
        if (coFacilitator != this.coFacilitator) {
            this.coFacilitator = coFacilitator;
            record(coFacilitator ? MemberEvent.Kind.BECAME_CO_FACILITATOR : MemberEvent.Kind.CEASED_CO_FACILITATOR,
                    on, null, byName, now);
        }
    }

    void leave(LocalDate on, String reason, String byName, Instant now) {
        requireCurrent();
        if (on == null) {
            throw MesaRuleViolation.invalid("leftOn", "mesas.error.required.leftOn");
        }
        if (on.isBefore(joinedOn)) {
            throw MesaRuleViolation.invalid("leftOn", "mesas.error.leftBeforeJoined", ChileanDates.day(joinedOn));
        }
        if (reason == null || reason.isBlank()) {
            throw MesaRuleViolation.invalid("leftReason", "mesas.error.required.leftReason");
        }
        this.leftOn = on;
        this.leftReason = reason.strip();
        this.coFacilitator = false;
        representatives.stream().filter(r -> r.until() == null).forEach(r -> r.end(on));
        record(MemberEvent.Kind.LEFT, on, this.leftReason, byName, now);
    }

    Representative addRepresentative(Representative.Contact contact, LocalDate since, Instant now) {
        requireCurrent();
        Representative representative = Representative.of(contact, since, now);
        representatives.add(representative);
        return representative;
    }

    // --- mesa-setup helper: representative changes kept in the membership history ---

    /** Adds a representative and notes it in the history (detail {@code ADDED:<name>}). */
    Representative addRepresentative(Representative.Contact contact, LocalDate since, String byName, Instant now) {
        Representative representative = addRepresentative(contact, since, now);
        record(MemberEvent.Kind.REPRESENTATIVE_CHANGED, since, "ADDED:" + representative.fullName(), byName, now);
        return representative;
    }

    /** Corrects a current representative's name, position or contacts (detail {@code UPDATED:<name>}). */
    Representative updateRepresentative(UUID representativeId, Long version, Representative.Contact contact,
                                        LocalDate on, String byName, Instant now) {
        requireCurrent();
        Representative representative = currentRepresentative(representativeId);
        Versions.require(representative.version(), version);
        representative.update(contact);
        record(MemberEvent.Kind.REPRESENTATIVE_CHANGED, on, "UPDATED:" + representative.fullName(), byName, now);
        return representative;
    }

    /** The person no longer represents the member from {@code until} on (detail {@code ENDED:<name>}). */
    void endRepresentative(UUID representativeId, Long version, LocalDate until, String byName, Instant now) {
        requireCurrent();
        Representative representative = currentRepresentative(representativeId);
        Versions.require(representative.version(), version);
        if (until == null) {
            throw MesaRuleViolation.invalid("until", "mesamembers.error.required.until");
        }
        if (until.isBefore(representative.since())) {
            throw MesaRuleViolation.invalid("until", "mesamembers.error.untilBeforeSince",
                    ChileanDates.day(representative.since()));
        }
        representative.end(until);
        record(MemberEvent.Kind.REPRESENTATIVE_CHANGED, until, "ENDED:" + representative.fullName(), byName, now);
    }

    private Representative currentRepresentative(UUID representativeId) {
        return representatives.stream().filter(r -> r.id().equals(representativeId) && r.isCurrent()).findFirst()
                .orElseThrow(() -> new cl.circuito.shared.NotFound("mesaRepresentative"));
    }

    // --- end mesa-setup helper ---

    private void requireCurrent() {
        if (leftOn != null) {
            throw MesaRuleViolation.conflict("mesas.error.memberLeft", name);
        }
    }

    private void record(MemberEvent.Kind kind, LocalDate on, String detail, String byName, Instant now) {
        history.add(new MemberEvent(mesaId, kind, on, detail, byName, now));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID mesaId() {
        return mesaId;
    }

    public MemberKind kind() {
        return kind;
    }

    public UUID programId() {
        return programId;
    }

    public UUID institutionId() {
        return institutionId;
    }

    public String sectorCode() {
        return sectorCode;
    }

    public UUID userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public Participation participation() {
        return participation;
    }

    public boolean coFacilitator() {
        return coFacilitator;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public String leftReason() {
        return leftReason;
    }

    public String notes() {
        return notes;
    }

    public List<Representative> representatives() {
        return Collections.unmodifiableList(representatives);
    }

    public List<MemberEvent> history() {
        return Collections.unmodifiableList(history);
    }
}
