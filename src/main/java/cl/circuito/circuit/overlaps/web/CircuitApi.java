package cl.circuito.circuit.overlaps.web;

import cl.circuito.circuit.overlaps.CandidateCriterion;
import cl.circuito.circuit.overlaps.MesaOverlaps;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.waitinglist.ChildPrograms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Children in several programs over JSON: a child's other programs (for an entry the user may see) and a Mesa's
 * candidates for a case review. Program, modality, state and since only; never another program's content.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "NNA en varios programas", description = "Sobreintervención: programas en que un NNA espera o está en "
        + "atención, y los NNA de la comuna de una Mesa que están en dos o más programas a la vez")
@SecurityRequirement(name = "token")
class CircuitApi {

    private final CurrentActor currentActor;
    private final ChildPrograms childPrograms;
    private final MesaOverlaps overlaps;

    CircuitApi(CurrentActor currentActor, ChildPrograms childPrograms, MesaOverlaps overlaps) {
        this.currentActor = currentActor;
        this.childPrograms = childPrograms;
        this.overlaps = overlaps;
    }

    @GetMapping("/entries/{entryId}/child-programs")
    @Operation(summary = "Otros programas del NNA de una ficha",
            description = "Programas en que el NNA está en lista de espera (desde la recepción) o en atención (desde "
                    + "el ingreso), salvo el de la ficha. Solo programa, modalidad, estado y fecha: el contenido es de "
                    + "cada programa. Ficha fuera de alcance: 404.")
    List<ProgramPlace> childPrograms(@PathVariable UUID entryId) {
        return childPrograms.ofEntry(currentActor.get(), entryId).stream().map(ProgramPlace::of).toList();
    }

    @GetMapping("/mesas/{mesaId}/shared-children")
    @Operation(summary = "NNA en dos o más programas del territorio de la Mesa",
            description = "Candidatos a análisis de caso: iniciales, edad, programas (nombre, modalidad, estado, "
                    + "desde) y desde cuándo coinciden. Sin RUT, nombres ni contenido. Quien lee la Mesa; la consulta "
                    + "queda registrada. Sin participación en la Mesa: 404.")
    SharedChildrenResponse sharedChildren(@PathVariable UUID mesaId) {
        MesaOverlaps.View view = overlaps.of(currentActor.get(), mesaId);
        return new SharedChildrenResponse(mesaId, view.truncated(), view.candidates().stream()
                .map(c -> new Candidate(c.initials(), c.age(), c.overlapSince(), c.presentAs() != null,
                        c.programs().stream().map(p -> new ProgramPlace(p.name(), p.modalityCode(),
                                p.active() ? "ACTIVE" : "WAITING", p.since())).toList()))
                .toList());
    }

    @GetMapping("/mesas/{mesaId}/case-candidates")
    @Operation(summary = "Otros candidatos a análisis de caso de la Mesa",
            description = "NNA del territorio de la Mesa derivados de nuevo dentro de 12 meses desde que dejaron un "
                    + "programa (RE_REFERRED), o en las listas de dos programas por la misma causa (SAME_COURT_CASE). "
                    + "Iniciales, edad, criterio, programas y fechas; sin RUT, nombres, causa ni contenido. Quien lee la "
                    + "Mesa; la consulta queda registrada. Sin participación en la Mesa: 404.")
    CaseCandidatesResponse caseCandidates(@PathVariable UUID mesaId) {
        MesaOverlaps.View view = overlaps.of(currentActor.get(), mesaId);
        return new CaseCandidatesResponse(mesaId, view.signals().stream()
                .map(s -> new CaseCandidate(s.criterion(), s.criterion().caseCriterion(), s.initials(), s.age(),
                        s.since(), s.presentAs() != null, s.programs().stream()
                        .map(p -> new CandidateProgram(p.name(), p.modalityCode(), p.since())).toList()))
                .toList());
    }

    /** For a return, the program left (since = the day it was left) then the one referred to (since = receipt). */
    record CandidateProgram(String program, String modality, LocalDate since) {
    }

    /** @param caseCriterion the Mesa's criterion a review of it is presented under */
    record CaseCandidate(CandidateCriterion criterion, CaseCriterion caseCriterion, String initials, Integer age,
                         LocalDate since, boolean presentable, List<CandidateProgram> programs) {
    }

    record CaseCandidatesResponse(UUID mesaId, List<CaseCandidate> children) {
    }

    /** @param state WAITING (en lista de espera) or ACTIVE (en atención) */
    record ProgramPlace(String program, String modality, String state, LocalDate since) {

        static ProgramPlace of(ChildPrograms.Place p) {
            return new ProgramPlace(p.programName(), p.modalityCode(), p.state().name(), p.since());
        }
    }

    /** @param presentable the user's program works with the child and may present it to the Mesa */
    record Candidate(String initials, Integer age, LocalDate overlapSince, boolean presentable,
                     List<ProgramPlace> programs) {
    }

    record SharedChildrenResponse(UUID mesaId, boolean truncated, List<Candidate> children) {
    }
}
