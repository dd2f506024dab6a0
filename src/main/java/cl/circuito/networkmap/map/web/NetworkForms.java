package cl.circuito.networkmap.map.web;

import cl.circuito.networkmap.map.ActorKind;
import cl.circuito.networkmap.map.CircuitRole;
import cl.circuito.networkmap.map.MesaProtocol;
import cl.circuito.networkmap.map.MesaTie;
import cl.circuito.networkmap.map.NetworkActor;
import cl.circuito.networkmap.map.NetworkMapView.ActorRow;
import cl.circuito.networkmap.map.NetworkTie;
import cl.circuito.networkmap.map.ProtocolRow;
import cl.circuito.networkmap.map.ProtocolStatus;
import cl.circuito.networkmap.map.TieKind;
import cl.circuito.shared.validation.NoRut;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/** The forms of the network and protocol pages: what the user typed, kept when a rule refuses it. */
final class NetworkForms {

    private NetworkForms() {
    }

    public static class ActorForm {
        private Long version;
        @NoRut
        private String name;
        private ActorKind kind;
        private String sectorCode;
        private UUID programId;
        private UUID institutionId;
        private UUID memberId;
        private CircuitRole role;
        @NoRut
        private String roleDescription;
        private MesaTie tie;

        static ActorForm of(ActorRow a) {
            ActorForm f = new ActorForm();
            f.version = a.version();
            f.name = a.name();
            f.kind = a.kind();
            f.sectorCode = a.sectorCode();
            f.programId = a.programId();
            f.institutionId = a.institutionId();
            f.memberId = a.memberId();
            f.role = a.role();
            f.roleDescription = a.roleDescription();
            f.tie = a.tie();
            return f;
        }

        NetworkActor.Details details() {
            return new NetworkActor.Details(name, kind, sectorCode, programId, institutionId, memberId, role,
                    roleDescription, tie);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public ActorKind getKind() { return kind; }
        public void setKind(ActorKind kind) { this.kind = kind; }
        public String getSectorCode() { return sectorCode; }
        public void setSectorCode(String sectorCode) { this.sectorCode = sectorCode; }
        public UUID getProgramId() { return programId; }
        public void setProgramId(UUID programId) { this.programId = programId; }
        public UUID getInstitutionId() { return institutionId; }
        public void setInstitutionId(UUID institutionId) { this.institutionId = institutionId; }
        public UUID getMemberId() { return memberId; }
        public void setMemberId(UUID memberId) { this.memberId = memberId; }
        public CircuitRole getRole() { return role; }
        public void setRole(CircuitRole role) { this.role = role; }
        public String getRoleDescription() { return roleDescription; }
        public void setRoleDescription(String roleDescription) { this.roleDescription = roleDescription; }
        public MesaTie getTie() { return tie; }
        public void setTie(MesaTie tie) { this.tie = tie; }
    }

    public static class TieForm {
        private UUID fromActorId;
        private UUID toActorId;
        private TieKind kind;
        private UUID protocolId;
        @NoRut
        private String note;

        NetworkTie.Details details() {
            return new NetworkTie.Details(fromActorId, toActorId, kind, protocolId, note);
        }

        public UUID getFromActorId() { return fromActorId; }
        public void setFromActorId(UUID fromActorId) { this.fromActorId = fromActorId; }
        public UUID getToActorId() { return toActorId; }
        public void setToActorId(UUID toActorId) { this.toActorId = toActorId; }
        public TieKind getKind() { return kind; }
        public void setKind(TieKind kind) { this.kind = kind; }
        public UUID getProtocolId() { return protocolId; }
        public void setProtocolId(UUID protocolId) { this.protocolId = protocolId; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    public static class NoteForm {
        @NoRut
        private String text;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    public static class ProtocolForm {
        private Long version;
        @NoRut
        private String title;
        @NoRut
        private String parties;
        private String sectorCode;
        @NoRut
        private String versionLabel;
        private ProtocolStatus status = ProtocolStatus.DRAFT;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate agreedOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validUntil;
        @NoRut
        private String notes;
        /** Only to show the error next to the file input (the file itself is a request part). */
        private String document;

        static ProtocolForm of(ProtocolRow p) {
            ProtocolForm f = new ProtocolForm();
            f.version = p.version();
            f.title = p.title();
            f.parties = p.parties();
            f.sectorCode = p.sectorCode();
            f.versionLabel = p.versionLabel();
            f.status = p.status();
            f.agreedOn = p.agreedOn();
            f.validFrom = p.validFrom();
            f.validUntil = p.validUntil();
            f.notes = p.notes();
            return f;
        }

        MesaProtocol.Details details() {
            return new MesaProtocol.Details(title, parties, sectorCode, versionLabel, agreedOn, validFrom, validUntil,
                    notes);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getParties() { return parties; }
        public void setParties(String parties) { this.parties = parties; }
        public String getSectorCode() { return sectorCode; }
        public void setSectorCode(String sectorCode) { this.sectorCode = sectorCode; }
        public String getVersionLabel() { return versionLabel; }
        public void setVersionLabel(String versionLabel) { this.versionLabel = versionLabel; }
        public ProtocolStatus getStatus() { return status; }
        public void setStatus(ProtocolStatus status) { this.status = status; }
        public LocalDate getAgreedOn() { return agreedOn; }
        public void setAgreedOn(LocalDate agreedOn) { this.agreedOn = agreedOn; }
        public LocalDate getValidFrom() { return validFrom; }
        public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
        public LocalDate getValidUntil() { return validUntil; }
        public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
        public String getDocument() { return document; }
        public void setDocument(String document) { this.document = document; }
    }
}
