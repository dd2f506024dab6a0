package cl.circuito.mesas.mesa.web;

import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.MemberKind;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.Participation;
import cl.circuito.mesas.mesa.Representative;
import cl.circuito.shared.validation.NoRut;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The Mesas setup API's bodies and answers, mapped by hand. */
final class MesaApiRecords {

    private MesaApiRecords() {
    }

    record MesaSummaryResponse(UUID id, String name, String comuna, String regionCode, String region,
                               Frequency frequency, Integer customIntervalDays, String coFacilitators,
                               LocalDate nextSession, long openAgreements, long overdueAgreements) {

        static MesaSummaryResponse of(MesaDirectory.MesaRow r) {
            return new MesaSummaryResponse(r.id(), r.name(), r.comunaName(), r.regionCode(), r.regionName(),
                    r.frequency(), r.customIntervalDays(), r.coFacilitators(), r.nextSession(), r.openAgreements(),
                    r.overdueAgreements());
        }
    }

    @Schema(name = "MesaSettingsBody")
    record SettingsBody(
            @Schema(description = "La versión leída; otra distinta: 409") Long version,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) @NoRut String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate foundedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Frequency frequency,
            @Schema(description = "Solo con frequency CUSTOM: cada cuántos días (1 a 366)") Integer customIntervalDays,
            @NoRut String usualPlace,
            @Schema(type = "string", example = "09:30") LocalTime usualStartsAt,
            @Schema(type = "string", example = "12:00") LocalTime usualEndsAt) {

        Mesa.Settings settings() {
            return new Mesa.Settings(name, foundedOn, frequency, customIntervalDays, usualPlace, usualStartsAt,
                    usualEndsAt);
        }
    }

    record FoundBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Código de la comuna (sin Mesa aún)") String comunaCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate foundedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Frequency frequency,
            Integer customIntervalDays, @NoRut String usualPlace,
            @Schema(type = "string", example = "09:30") LocalTime usualStartsAt,
            @Schema(type = "string", example = "12:00") LocalTime usualEndsAt,
            @Schema(description = "Programas de la comuna que co-facilitan; null: la OPD y el EDT de la comuna") List<UUID> coFacilitatorProgramIds,
            @Schema(description = "Gestores territoriales de la región que co-facilitan; null: los de la región si la comuna no tiene OPD") List<UUID> coFacilitatorManagerIds) {

        Mesa.Settings settings() {
            return new Mesa.Settings(name, foundedOn, frequency, customIntervalDays, usualPlace, usualStartsAt,
                    usualEndsAt);
        }
    }

    record MesaResponse(UUID id, long version, String name, LocalDate foundedOn, Frequency frequency,
                        Integer customIntervalDays, String usualPlace, LocalTime usualStartsAt, LocalTime usualEndsAt,
                        @Schema(description = "CO_FACILITATOR, MEMBER, OVERSEER o ADMINISTRATOR") String standing) {

        static MesaResponse of(MesaDirectory.Settings s, String standing) {
            return new MesaResponse(s.id(), s.version(), s.name(), s.foundedOn(), s.frequency(),
                    s.customIntervalDays(), s.usualPlace(), s.usualStartsAt(), s.usualEndsAt(), standing);
        }
    }

    record RepresentativeResponse(UUID id, long version, String fullName, String position, String email, String phone,
                                  LocalDate since, LocalDate until) {

        static RepresentativeResponse of(MesaDirectory.RepresentativeRow r) {
            return new RepresentativeResponse(r.id(), r.version(), r.fullName(), r.position(), r.email(), r.phone(),
                    r.since(), r.until());
        }

        static RepresentativeResponse of(Representative r) {
            return new RepresentativeResponse(r.id(), r.version(), r.fullName(), r.position(), r.email(), r.phone(),
                    r.since(), r.until());
        }
    }

    record MemberResponse(UUID id, long version, MemberKind kind, UUID programId, UUID institutionId,
                          String sectorCode, UUID userId, String name, Participation participation,
                          boolean coFacilitator, LocalDate joinedOn, LocalDate leftOn, String leftReason,
                          List<RepresentativeResponse> representatives) {

        static MemberResponse of(MesaDirectory.MemberRow m) {
            return new MemberResponse(m.id(), m.version(), m.kind(), m.programId(), m.institutionId(), m.sectorCode(),
                    m.userId(), m.name(), m.participation(), m.coFacilitator(), m.joinedOn(), m.leftOn(),
                    m.leftReason(), m.representatives().stream().map(RepresentativeResponse::of).toList());
        }
    }

    @Schema(name = "MemberHistoryResponse")
    record HistoryResponse(UUID memberId, String memberName, String kind, String label, LocalDate onDate,
                           String detail, String byName) {
    }

    record MembersResponse(List<MemberResponse> current, List<MemberResponse> past, List<HistoryResponse> history) {
    }

    record MemberBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MemberKind kind,
            @Schema(description = "Con kind PROGRAM") UUID programId,
            @Schema(description = "Con kind INSTITUTION") UUID institutionId,
            @Schema(description = "Con kind SECTOR: una modalidad de tipo sector (SALUD, EDUCACION, CARABINEROS…)") String sectorCode,
            @Schema(description = "Con kind TERRITORIAL_MANAGER: un(a) gestor(a) de la región") UUID userId,
            @Schema(description = "Nombre en la Mesa; vacío: el del programa, institución, sector o persona") @NoRut String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Participation participation,
            @Schema(description = "false por defecto") Boolean coFacilitator,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate joinedOn,
            @NoRut String notes) {

        MesaSetup.NewMember member() {
            return new MesaSetup.NewMember(kind, programId, institutionId, sectorCode, userId, name, participation,
                    Boolean.TRUE.equals(coFacilitator), joinedOn, notes);
        }
    }

    record MemberPatch(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version,
                       @Schema(description = "Nueva participación, o null para no cambiarla") Participation participation,
                       @Schema(description = "true/false para designar o quitar la co-facilitación; null para no cambiarla") Boolean coFacilitator) {
    }

    record LeaveBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate leftOn,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String leftReason) {
    }

    record RepresentativeBody(@Schema(description = "Solo al modificar: la versión leída") Long version,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String fullName,
                              @NoRut String position, String email, String phone,
                              @Schema(description = "Al agregar: desde cuándo representa") LocalDate since) {

        Representative.Contact contact() {
            return new Representative.Contact(fullName, position, email, phone);
        }
    }

    record EndBody(@Schema(description = "Versión de la representación leída") Long version,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate until) {
    }
}
