package cl.circuito.audit.viewer.web;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.viewer.AuditViewer;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The audit trail over JSON, for the admin's and the national team's tokens: the viewer's filters and pages. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Auditoría", description = "Registro de auditoría: quién leyó, cambió, exportó o intentó acceder a qué, e inicios de sesión fallidos")
@SecurityRequirement(name = "token")
class AuditApi {

    private final CurrentActor actors;
    private final AuditViewer viewer;

    AuditApi(CurrentActor actors, AuditViewer viewer) {
        this.actors = actors;
        this.viewer = viewer;
    }

    @GetMapping
    @Operation(summary = "Líneas del registro de auditoría, de la más reciente a la más antigua",
            description = "Administrador y equipo nacional, todo el país. De 50 en 50: next continúa (parámetro after). "
                    + "Lo escrito como usuario en un inicio de sesión fallido solo lo ve el administrador.")
    AuditPageResponse list(@org.springdoc.core.annotations.ParameterObject @Valid @ModelAttribute AuditFilter filter) {
        AuditViewer.Page page = viewer.page(actors.get(), filter.criteria(), filter.cursor());
        return new AuditPageResponse(page.lines().stream().map(AuditLineResponse::of).toList(),
                AuditFilter.token(page.next()));
    }

    record AuditPageResponse(List<AuditLineResponse> lines, String next) {
    }

    record AuditLineResponse(UUID id, Instant occurredAt, String actorName, AuditAction action, String actionLabel,
                             String what, String subjectType, UUID subjectId, UUID programId, String programName,
                             List<DetailResponse> details) {

        static AuditLineResponse of(AuditViewer.Line line) {
            return new AuditLineResponse(line.id(), line.occurredAt(), line.actorName(), line.action(),
                    line.actionLabel(), line.what(), line.subjectType(), line.subjectId(), line.programId(),
                    line.programName(), line.details().stream()
                    .map(change -> new DetailResponse(change.label(), change.text())).toList());
        }
    }

    record DetailResponse(String label, String value) {
    }
}
