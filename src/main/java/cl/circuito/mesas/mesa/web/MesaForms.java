package cl.circuito.mesas.mesa.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.MemberKind;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.Participation;
import cl.circuito.mesas.mesa.Representative;
import cl.circuito.shared.validation.NoRut;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Mesa setup pages' forms. Mutable beans because Spring binds them; numbers are text so that a failed
 * submit shows what the user typed.
 */
public final class MesaForms {

    private MesaForms() {
    }

    /** Text that should be a whole number: null when empty, a 422 on {@code field} when not a number. */
    public static Integer number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw MesaRuleViolation.invalid(field, "mesamembers.error.number");
        }
    }

    static class SettingsForm {
        private Long version;
        @NoRut
        private String name;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate foundedOn;
        private Frequency frequency;
        private String customIntervalDays;
        @NoRut
        private String usualPlace;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime usualStartsAt;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime usualEndsAt;

        static SettingsForm of(MesaDirectory.Settings s) {
            SettingsForm f = new SettingsForm();
            f.version = s.version();
            f.name = s.name();
            f.foundedOn = s.foundedOn();
            f.frequency = s.frequency();
            f.customIntervalDays = s.customIntervalDays() == null ? null : s.customIntervalDays().toString();
            f.usualPlace = s.usualPlace();
            f.usualStartsAt = s.usualStartsAt();
            f.usualEndsAt = s.usualEndsAt();
            return f;
        }

        Mesa.Settings settings() {
            return new Mesa.Settings(name, foundedOn, frequency, number(customIntervalDays, "customIntervalDays"),
                    usualPlace, usualStartsAt, usualEndsAt);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public LocalDate getFoundedOn() { return foundedOn; }
        public void setFoundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; }
        public Frequency getFrequency() { return frequency; }
        public void setFrequency(Frequency frequency) { this.frequency = frequency; }
        public String getCustomIntervalDays() { return customIntervalDays; }
        public void setCustomIntervalDays(String customIntervalDays) { this.customIntervalDays = customIntervalDays; }
        public String getUsualPlace() { return usualPlace; }
        public void setUsualPlace(String usualPlace) { this.usualPlace = usualPlace; }
        public LocalTime getUsualStartsAt() { return usualStartsAt; }
        public void setUsualStartsAt(LocalTime usualStartsAt) { this.usualStartsAt = usualStartsAt; }
        public LocalTime getUsualEndsAt() { return usualEndsAt; }
        public void setUsualEndsAt(LocalTime usualEndsAt) { this.usualEndsAt = usualEndsAt; }
    }

    /** The founding: the settings, the comuna, and the co-facilitators checked ("PROGRAM:id", "TERRITORIAL_MANAGER:id"). */
    static class FoundingForm extends SettingsForm {
        private String comunaCode;
        private List<String> coFacilitators = new ArrayList<>();

        List<UUID> chosen(MemberKind kind) {
            return coFacilitators.stream().filter(c -> c.startsWith(kind.name() + ":"))
                    .map(c -> parse(c.substring(kind.name().length() + 1))).toList();
        }

        private static UUID parse(String id) {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw MesaRuleViolation.invalid("coFacilitators", "mesamembers.error.notACandidate");
            }
        }

        public String getComunaCode() { return comunaCode; }
        public void setComunaCode(String comunaCode) { this.comunaCode = comunaCode; }
        public List<String> getCoFacilitators() { return coFacilitators; }
        public void setCoFacilitators(List<String> coFacilitators) { this.coFacilitators = coFacilitators; }
    }

    static class MemberForm {
        private MemberKind kind;
        private UUID programId;
        private UUID institutionId;
        private String sectorCode;
        private UUID userId;
        @NoRut
        private String name;
        private Participation participation = Participation.PERMANENT;
        private boolean coFacilitator;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate joinedOn;
        @NoRut
        private String notes;

        MesaSetup.NewMember member() {
            return new MesaSetup.NewMember(kind, programId, institutionId, sectorCode, userId, name, participation,
                    coFacilitator, joinedOn, notes);
        }

        public MemberKind getKind() { return kind; }
        public void setKind(MemberKind kind) { this.kind = kind; }
        public UUID getProgramId() { return programId; }
        public void setProgramId(UUID programId) { this.programId = programId; }
        public UUID getInstitutionId() { return institutionId; }
        public void setInstitutionId(UUID institutionId) { this.institutionId = institutionId; }
        public String getSectorCode() { return sectorCode; }
        public void setSectorCode(String sectorCode) { this.sectorCode = sectorCode; }
        public UUID getUserId() { return userId; }
        public void setUserId(UUID userId) { this.userId = userId; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Participation getParticipation() { return participation; }
        public void setParticipation(Participation participation) { this.participation = participation; }
        public boolean isCoFacilitator() { return coFacilitator; }
        public void setCoFacilitator(boolean coFacilitator) { this.coFacilitator = coFacilitator; }
        public LocalDate getJoinedOn() { return joinedOn; }
        public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }

    static class ParticipationForm {
        private Long version;
        private Participation participation;
        private boolean coFacilitator;

        static ParticipationForm of(MesaDirectory.MemberRow m) {
            ParticipationForm f = new ParticipationForm();
            f.version = m.version();
            f.participation = m.participation();
            f.coFacilitator = m.coFacilitator();
            return f;
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public Participation getParticipation() { return participation; }
        public void setParticipation(Participation participation) { this.participation = participation; }
        public boolean isCoFacilitator() { return coFacilitator; }
        public void setCoFacilitator(boolean coFacilitator) { this.coFacilitator = coFacilitator; }
    }

    static class LeaveForm {
        private Long version;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate leftOn;
        @NoRut
        private String leftReason;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public LocalDate getLeftOn() { return leftOn; }
        public void setLeftOn(LocalDate leftOn) { this.leftOn = leftOn; }
        public String getLeftReason() { return leftReason; }
        public void setLeftReason(String leftReason) { this.leftReason = leftReason; }
    }

    static class RepresentativeForm {
        private Long version;
        @NotBlank
        @NoRut
        private String fullName;
        @NoRut
        private String position;
        private String email;
        private String phone;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate since;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate until;

        static RepresentativeForm of(MesaDirectory.RepresentativeRow r) {
            RepresentativeForm f = new RepresentativeForm();
            f.version = r.version();
            f.fullName = r.fullName();
            f.position = r.position();
            f.email = r.email();
            f.phone = r.phone();
            f.since = r.since();
            return f;
        }

        Representative.Contact contact() {
            return new Representative.Contact(fullName, position, email, phone);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public LocalDate getSince() { return since; }
        public void setSince(LocalDate since) { this.since = since; }
        public LocalDate getUntil() { return until; }
        public void setUntil(LocalDate until) { this.until = until; }
    }
}
