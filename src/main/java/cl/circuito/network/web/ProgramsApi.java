package cl.circuito.network.web;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.network.ReferrerKind;
import cl.circuito.network.ReferrerSummary;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Red", description = "Programas visibles para el usuario y organismos derivadores")
@SecurityRequirement(name = "token")
class ProgramsApi {

    private final CurrentActor currentActor;
    private final ProgramDirectory programs;

    ProgramsApi(CurrentActor currentActor, ProgramDirectory programs) {
        this.currentActor = currentActor;
        this.programs = programs;
    }

    record ProgramResponse(UUID id, String name, String modality, String institution, String comunaCode,
                           String comuna, String region, int agreedCapacity, boolean hasSupportProfessional) {
        static ProgramResponse of(ProgramSummary p) {
            return new ProgramResponse(p.id(), p.name(), p.modalityCode(), p.institutionName(), p.comunaCode(),
                    p.comunaName(), p.regionName(), p.agreedCapacity(), p.hasSupportProfessional());
        }
    }

    record ReferrerResponse(UUID id, ReferrerKind kind, String name, String comuna) {
        static ReferrerResponse of(ReferrerSummary r) {
            return new ReferrerResponse(r.id(), r.kind(), r.name(), r.comunaName());
        }
    }

    @Operation(summary = "Mis programas", description = "Los programas que el usuario puede ver: los asignados, los de su región "
            + "(gestor/a territorial) o todos (equipo nacional).")
    @GetMapping("/programs")
    List<ProgramResponse> myPrograms() {
        return programs.visibleTo(currentActor.get().scope()).stream().map(ProgramResponse::of).toList();
    }

    @Operation(summary = "Organismos derivadores activos", description = "Para elegir referrerId al registrar una derivación.")
    @GetMapping("/referrers")
    List<ReferrerResponse> referrers() {
        return programs.activeReferrers().stream().map(ReferrerResponse::of).toList();
    }
}
