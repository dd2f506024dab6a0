package cl.circuito.mesas.mesa.web;

import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.MemberKind;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.Participation;
import cl.circuito.mesas.mesa.Representative;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The Mesas setup API's answers, mapped by hand (what it reads is in {@link MesaInputs}). */
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
}
