package cl.circuito.mesas.mesa.web;

import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.MemberKind;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.Participation;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.mesa.Representative;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.validation.NoRut;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * What a user sends to found a Mesa, set it up and change its members, the same record for the pages
 * ({@code @ModelAttribute}, under the pages' form names) and the API ({@code @RequestBody}): the names are the API's,
 * so the pages' fields carry them too. A required value the domain also checks is declared here, so a page shows
 * every missing one at once; the API says it in the domain's words (i18n/mesas/members.properties). A number that is
 * no number is refused on its field with what was typed, as Spring binds a record field by field.
 */
final class MesaInputs {

    private MesaInputs() {
    }

    record MesaSettingsInput(
            @Schema(description = "La versión leída; otra distinta: 409") Long version,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) @NoRut String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Frequency frequency,
            @Schema(description = "Solo con frequency CUSTOM: cada cuántos días (1 a 366)") Integer customIntervalDays,
            @NoRut String usualPlace,
            @Schema(type = "string", example = "09:30") @DateTimeFormat(pattern = "HH:mm") LocalTime usualStartsAt,
            @Schema(type = "string", example = "12:00") @DateTimeFormat(pattern = "HH:mm") LocalTime usualEndsAt) {

        static MesaSettingsInput of(MesaDirectory.Settings s) {
            return new MesaSettingsInput(s.version(), s.name(), s.foundedOn(), s.frequency(), s.customIntervalDays(),
                    s.usualPlace(), s.usualStartsAt(), s.usualEndsAt());
        }

        void changeOn(MesaSetup setup, Actor actor, UUID mesaId) {
            setup.change(actor, mesaId, version, new Mesa.Settings(name, foundedOn, frequency, customIntervalDays,
                    usualPlace, usualStartsAt, usualEndsAt));
        }
    }

    /**
     * The founding: the comuna, the settings and the first co-facilitators. The page checks the comuna's candidates
     * under these two names; with none of a kind checked it still sends that kind, empty (the checkboxes' marker), as
     * null would take the defaults.
     */
    record MesaFoundingInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Código de la comuna (sin Mesa aún)") String comunaCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Frequency frequency,
            Integer customIntervalDays, @NoRut String usualPlace,
            @Schema(type = "string", example = "09:30") @DateTimeFormat(pattern = "HH:mm") LocalTime usualStartsAt,
            @Schema(type = "string", example = "12:00") @DateTimeFormat(pattern = "HH:mm") LocalTime usualEndsAt,
            @Schema(description = "Programas de la comuna que co-facilitan; null: la OPD y el EDT de la comuna") List<UUID> coFacilitatorProgramIds,
            @Schema(description = "Gestores territoriales de la región que co-facilitan; null: los de la región si la comuna no tiene OPD") List<UUID> coFacilitatorManagerIds) {

        /** The first step's form: the comuna still to choose. */
        static MesaFoundingInput startingOn(LocalDate today) {
            return new MesaFoundingInput(null, null, today, Frequency.MONTHLY, null, null, LocalTime.of(9, 30),
                    LocalTime.of(12, 0), List.of(), List.of());
        }

        /** The second step's form: the comuna chosen, its default name and the co-facilitators proposed checked. */
        static MesaFoundingInput in(String comunaCode, String name, LocalDate today,
                                    List<MesaSetup.CoFacilitatorCandidate> candidates) {
            return new MesaFoundingInput(comunaCode, name, today, Frequency.MONTHLY, null, null, LocalTime.of(9, 30),
                    LocalTime.of(12, 0), proposed(candidates, MemberKind.PROGRAM),
                    proposed(candidates, MemberKind.TERRITORIAL_MANAGER));
        }

        private static List<UUID> proposed(List<MesaSetup.CoFacilitatorCandidate> candidates, MemberKind kind) {
            return candidates.stream().filter(c -> c.kind() == kind && c.proposed())
                    .map(MesaSetup.CoFacilitatorCandidate::id).toList();
        }

        Mesa foundOn(MesaSetup setup, Actor actor) {
            return setup.foundWithCoFacilitators(actor, comunaCode, new Mesa.Settings(name, foundedOn, frequency,
                    customIntervalDays, usualPlace, usualStartsAt, usualEndsAt), coFacilitatorProgramIds,
                    coFacilitatorManagerIds);
        }
    }

    record MesaMemberInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MemberKind kind,
            @Schema(description = "Con kind PROGRAM") UUID programId,
            @Schema(description = "Con kind INSTITUTION") UUID institutionId,
            @Schema(description = "Con kind SECTOR: una modalidad de tipo sector (SALUD, EDUCACION, CARABINEROS…)") String sectorCode,
            @Schema(description = "Con kind TERRITORIAL_MANAGER: un(a) gestor(a) de la región") UUID userId,
            @Schema(description = "Nombre en la Mesa; vacío: el del programa, institución, sector o persona") @NoRut String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Participation participation,
            @Schema(description = "false por defecto") Boolean coFacilitator,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
            @NoRut String notes) {

        static MesaMemberInput startingOn(LocalDate today) {
            return new MesaMemberInput(MemberKind.PROGRAM, null, null, null, null, null, Participation.PERMANENT,
                    Boolean.FALSE, today, null);
        }

        MesaMember addTo(MesaSetup setup, Actor actor, UUID mesaId) {
            return setup.addMember(actor, mesaId, new MesaSetup.NewMember(kind, programId, institutionId, sectorCode,
                    userId, name, participation, Boolean.TRUE.equals(coFacilitator), joinedOn, notes));
        }
    }

    /**
     * A change of how a member takes part: its participation, its co-facilitation, or both (null leaves one as it
     * is). The member page sends one of the two from each of its forms.
     */
    record MembershipChangeInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version,
                                 @Schema(description = "Nueva participación, o null para no cambiarla") Participation participation,
                                 @Schema(description = "true/false para designar o quitar la co-facilitación; null para no cambiarla") Boolean coFacilitator) {

        static MembershipChangeInput of(MesaDirectory.MemberRow m) {
            return new MembershipChangeInput(m.version(), m.participation(), m.coFacilitator());
        }

        /** @return the member as changed, or null when nothing was asked to change */
        MesaMember applyOn(MesaSetup setup, Actor actor, UUID mesaId, UUID memberId) {
            Long read = version;
            MesaMember changed = null;
            if (participation != null) {
                changed = setup.changeParticipation(actor, mesaId, memberId, read, participation);
                read = changed.version();
            }
            if (coFacilitator != null) {
                changed = setup.changeCoFacilitation(actor, mesaId, memberId, read, coFacilitator);
            }
            return changed;
        }
    }

    record MemberLeaveInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String leftReason) {

        static MemberLeaveInput startingOn(LocalDate today, long version) {
            return new MemberLeaveInput(version, today, null);
        }

        MesaMember recordOn(MesaSetup setup, Actor actor, UUID mesaId, UUID memberId) {
            return setup.leave(actor, mesaId, memberId, version, leftOn, leftReason);
        }
    }

    /** A representative added (from {@code since}) or corrected (the version read); the other one is left out. */
    record RepresentativeInput(@Schema(description = "Solo al modificar: la versión leída") Long version,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @NoRut String fullName,
                               @NoRut String position, String email, String phone,
                               @Schema(description = "Al agregar: desde cuándo representa")
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {

        static RepresentativeInput startingOn(LocalDate today) {
            return new RepresentativeInput(null, null, null, null, null, today);
        }

        static RepresentativeInput of(MesaDirectory.RepresentativeRow r) {
            return new RepresentativeInput(r.version(), r.fullName(), r.position(), r.email(), r.phone(), r.since());
        }

        Representative.Contact contact() {
            return new Representative.Contact(fullName, position, email, phone);
        }
    }

    record RepresentationEndInput(@Schema(description = "Versión de la representación leída") Long version,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                  @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {

        static RepresentationEndInput startingOn(LocalDate today, long version) {
            return new RepresentationEndInput(version, today);
        }

        void recordOn(MesaSetup setup, Actor actor, UUID mesaId, UUID memberId, UUID representativeId) {
            setup.endRepresentative(actor, mesaId, memberId, representativeId, version, until);
        }
    }
}
