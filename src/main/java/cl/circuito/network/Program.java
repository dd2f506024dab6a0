package cl.circuito.network;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A program (proyecto) of an institution: its modality, comuna, agreed capacity, whether it has a
 * support professional for the waiting list, and its director.
 */
@Entity
class Program {

    @Id
    private UUID id;
    @Version
    private long version;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;
    @ManyToOne(optional = false)
    @JoinColumn(name = "modality_code")
    private Modality modality;
    private String name;
    private String code;
    @ManyToOne(optional = false)
    @JoinColumn(name = "comuna_code")
    private Comuna comuna;
    private String address;
    private String phone;
    private String email;
    private int agreedCapacity;
    private boolean hasSupportProfessional;
    private UUID directorUserId;
    private boolean active = true;
    /**
     * The day the program stopped being in force, while it is not: what its records' retention counts from (the
     * F-SGC-030 register is kept until the program ends). Null while active.
     */
    private LocalDate endedOn;
    private Instant createdAt;

    protected Program() {
    }

    public Program(Institution institution, ProgramDetails details, LocalDate today) {
        this.id = UUID.randomUUID();
        this.createdAt = Instant.now();
        this.institution = institution;
        update(details, today);
    }

    /**
     * The administrator's edit. Marking an active program as no longer in force ends it {@code today}; making it
     * active again takes the end back (it had not ended after all). An inactive program saved again keeps the day
     * it ended.
     */
    public void update(ProgramDetails details, LocalDate today) {
        if (details.agreedCapacity() < 0) {
            throw new InvalidNetworkData("agreedCapacity", "error.network.negativeCapacity");
        }
        ProgramContact contact = new ProgramContact(details.address(), details.phone(), details.email());
        contact.requireUsable();
        this.modality = details.modality();
        this.name = details.name().trim();
        this.code = details.code();
        this.comuna = details.comuna();
        this.address = contact.address();
        this.phone = contact.phone();
        this.email = contact.email();
        this.agreedCapacity = details.agreedCapacity();
        this.hasSupportProfessional = details.hasSupportProfessional();
        if (active && !details.active()) {
            this.endedOn = today;
        } else if (details.active()) {
            this.endedOn = null;
        }
        this.active = details.active();
    }

    /** New contact data (address, phone, e-mail); each part optional, each refused if unusable. */
    public void changeContact(ProgramContact contact) {
        contact.requireUsable();
        this.address = contact.address();
        this.phone = contact.phone();
        this.email = contact.email();
    }

    /** Names the program's director; {@code null} leaves the program without one. */
    public void appointDirector(UUID userId) {
        this.directorUserId = userId;
    }

    /** What the admin edits about a program, validated by the administration service. */
    public record ProgramDetails(Modality modality, String name, String code, Comuna comuna, String address,
                                 String phone, String email, int agreedCapacity, boolean hasSupportProfessional,
                                 boolean active) {
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Institution institution() {
        return institution;
    }

    public Modality modality() {
        return modality;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public Comuna comuna() {
        return comuna;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public ProgramContact contact() {
        return new ProgramContact(address, phone, email);
    }

    public int agreedCapacity() {
        return agreedCapacity;
    }

    public boolean hasSupportProfessional() {
        return hasSupportProfessional;
    }

    public UUID directorUserId() {
        return directorUserId;
    }

    public boolean active() {
        return active;
    }

    /** The day it ended, or null while in force. */
    public LocalDate endedOn() {
        return endedOn;
    }
}
