package cl.circuito.networkmap.map;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A protocol the Mesa agreed with other sectors (like Coquimbo's suicide-risk protocol with health): its parties,
 * version, dates and status, and the signed document. In force means status IN_FORCE within its validity.
 */
@Entity
@Table(name = "mesa_protocol")
public class MesaProtocol {

    public static final int MAX_TITLE = 300;
    public static final int MAX_PARTIES = 1000;
    public static final int MAX_VERSION_LABEL = 30;
    public static final int MAX_NOTES = 5000;

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID mesaId;
    private String title;
    private String parties;
    private String sectorCode;
    private String versionLabel;
    @Enumerated(EnumType.STRING)
    private ProtocolStatus status;
    private LocalDate agreedOn;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String notes;
    private String documentName;
    private String documentType;
    @Basic(fetch = FetchType.LAZY)
    private byte[] documentBytes;
    private Instant createdAt;
    private String createdByName;
    private Instant updatedAt;
    private String updatedByName;

    protected MesaProtocol() {
    }

    public record Details(String title, String parties, String sectorCode, String versionLabel, LocalDate agreedOn,
                          LocalDate validFrom, LocalDate validUntil, String notes) {
    }

    static MesaProtocol draft(UUID mesaId, Details details, ProtocolStatus status, String byName, Instant now) {
        MesaProtocol protocol = new MesaProtocol();
        protocol.id = UUID.randomUUID();
        protocol.mesaId = mesaId;
        protocol.createdAt = now;
        protocol.createdByName = byName;
        protocol.status = ProtocolStatus.DRAFT;
        protocol.change(details, byName, now);
        if (status != null && status != ProtocolStatus.DRAFT) {
            protocol.moveTo(status, byName, now);
        }
        return protocol;
    }

    void change(Details d, String byName, Instant now) {
        String cleanTitle = Texts.required("title", d.title(), MAX_TITLE, "networkmap.error.required.protocolTitle");
        String cleanParties = Texts.required("parties", d.parties(), MAX_PARTIES, "networkmap.error.required.parties");
        String cleanVersion = Texts.optional("versionLabel", d.versionLabel(), MAX_VERSION_LABEL);
        String cleanNotes = Texts.optional("notes", d.notes(), MAX_NOTES);
        if (d.validFrom() != null && d.validUntil() != null && d.validUntil().isBefore(d.validFrom())) {
            throw NetworkRuleViolation.invalid("validUntil", "networkmap.error.validUntilBeforeFrom");
        }
        if (status == ProtocolStatus.IN_FORCE && d.agreedOn() == null) {
            throw NetworkRuleViolation.invalid("agreedOn", "networkmap.error.inForceNeedsAgreedOn");
        }
        this.title = cleanTitle;
        this.parties = cleanParties;
        this.sectorCode = d.sectorCode() == null || d.sectorCode().isBlank() ? null : d.sectorCode();
        this.versionLabel = cleanVersion;
        this.agreedOn = d.agreedOn();
        this.validFrom = d.validFrom();
        this.validUntil = d.validUntil();
        this.notes = cleanNotes;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /**
     * A protocol goes back to draft never (a new version is a new review); to the same status is no change; in
     * force only once the date it was agreed is known.
     */
    void moveTo(ProtocolStatus next, String byName, Instant now) {
        if (next == null) {
            throw NetworkRuleViolation.invalid("status", "networkmap.error.required.status");
        }
        if (next == status) {
            throw NetworkRuleViolation.conflict("networkmap.error.sameStatus");
        }
        if (next == ProtocolStatus.DRAFT) {
            throw NetworkRuleViolation.conflict("networkmap.error.backToDraft");
        }
        if (next == ProtocolStatus.IN_FORCE && agreedOn == null) {
            throw NetworkRuleViolation.invalid("agreedOn", "networkmap.error.inForceNeedsAgreedOn");
        }
        this.status = next;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    void attach(ProtocolDocument document, String byName, Instant now) {
        this.documentName = document.fileName();
        this.documentType = document.contentType();
        this.documentBytes = document.bytes();
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /** In force on that date: status IN_FORCE and the date within its validity (open ends count). */
    public boolean inForceOn(LocalDate on) {
        return status == ProtocolStatus.IN_FORCE
                && (validFrom == null || !validFrom.isAfter(on))
                && (validUntil == null || !validUntil.isBefore(on));
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

    public String title() {
        return title;
    }

    public ProtocolStatus status() {
        return status;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String documentName() {
        return documentName;
    }
}
