package cl.circuito.mesas.cases;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static cl.circuito.audit.AuditField.FORMAT;
import static cl.circuito.audit.AuditField.NAME;
import static cl.circuito.audit.AuditField.SECTIONS;

/**
 * The presentation formats a Mesa may use (the national one and its own) and the one it chose. Every member
 * reads them; the co-facilitators make, revise and choose.
 */
@Service
public class CaseFormats {

    private final PresentationFormats formats;
    private final MesaAccess access;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseFormats(PresentationFormats formats, MesaAccess access, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.formats = formats;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The formats the Mesa may use and which one it uses. */
    /** @param version the version of the Mesa's choice, null while it uses the national format by default */
    public record Choice(List<PresentationFormat> formats, UUID chosenId, Long version, MesaStanding standing) {

        public PresentationFormat chosen() {
            return formats.stream().filter(f -> f.id().equals(chosenId)).findFirst().orElseThrow();
        }
    }

    @Transactional(readOnly = true)
    public Choice choice(Actor actor, UUID mesaId) {
        MesaStanding standing = access.standing(actor, mesaId);
        standing.requireRead();
        List<PresentationFormat> usable = formats.usableBy(mesaId);
        usable.forEach(f -> f.sections().size()); // read by the page after the transaction
        Long version = jdbc.sql("select version from mesa_case_settings where mesa_id = :mesa").param("mesa", mesaId)
                .query(Long.class).optional().orElse(null);
        return new Choice(usable, chosenId(mesaId), version, standing);
    }

    /** The format a new review of this Mesa is answered with (no access check: callers have done theirs). */
    PresentationFormat inUse(UUID mesaId) {
        PresentationFormat format = formats.findById(chosenId(mesaId)).orElseThrow();
        format.sections().size(); // read by the page after the transaction
        return format;
    }

    private UUID chosenId(UUID mesaId) {
        return jdbc.sql("select format_id from mesa_case_settings where mesa_id = :mesa").param("mesa", mesaId)
                .query(UUID.class).optional().orElseGet(() -> formats.national().id());
    }

    /** A new local format, copied from the national one; the Mesa does not use it until chosen. */
    @Transactional
    public PresentationFormat createLocal(Actor actor, UUID mesaId, String name) {
        access.standing(actor, mesaId).requireEdit();
        PresentationFormat format = formats.save(PresentationFormat.copyFor(mesaId, formats.national(), name,
                actor.displayName(), clock.instant()));
        audit.changed(actor, AuditAction.CHANGED, subject(format), "mesacases.audit.formatCreated",
                AuditDetails.of(NAME, format.name()));
        return format;
    }

    @Transactional
    public PresentationFormat revise(Actor actor, UUID mesaId, UUID formatId, Long version, String name,
                                     List<PresentationFormat.SectionDraft> sections) {
        access.standing(actor, mesaId).requireEdit();
        PresentationFormat format = formats.findById(formatId).filter(f -> f.usableBy(mesaId))
                .orElseThrow(() -> new NotFound("presentationFormat"));
        Versions.require(format.version(), version);
        format.revise(name, sections, actor.displayName(), clock.instant());
        formats.flush();
        audit.changed(actor, AuditAction.CHANGED, subject(format), "mesacases.audit.formatRevised",
                AuditDetails.of(NAME, format.name())
                        .with(SECTIONS, format.sections().stream().map(PresentationSection::label).toList()));
        return format;
    }

    /** The Mesa presents its next cases with this format (past reviews keep theirs). */
    @Transactional
    public void choose(Actor actor, UUID mesaId, UUID formatId, Long version) {
        access.standing(actor, mesaId).requireEdit();
        Versions.requireIfSaved(jdbc.sql("select version from mesa_case_settings where mesa_id = :mesa")
                .param("mesa", mesaId).query(Long.class).optional().orElse(null), version, "error.concurrentEdit");
        if (formatId == null) {
            throw MesaRuleViolation.invalid("formatId", "mesacases.error.format.choose");
        }
        PresentationFormat format = formats.findById(formatId).filter(f -> f.usableBy(mesaId))
                .orElseThrow(() -> MesaRuleViolation.invalid("formatId", "mesacases.error.format.choose"));
        jdbc.sql("""
                        insert into mesa_case_settings (mesa_id, version, format_id, updated_at, updated_by_name)
                        values (:mesa, 0, :format, :now, :by)
                        on conflict (mesa_id) do update set format_id = excluded.format_id, version = mesa_case_settings.version + 1,
                            updated_at = excluded.updated_at, updated_by_name = excluded.updated_by_name""")
                .param("mesa", mesaId).param("format", formatId)
                .param("now", java.sql.Timestamp.from(clock.instant())).param("by", actor.displayName())
                .update();
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject("MESA", mesaId, null),
                "mesacases.audit.formatChosen", AuditDetails.of(FORMAT, format.name()));
    }

    private static AuditTrail.Subject subject(PresentationFormat format) {
        return new AuditTrail.Subject("MESA_PRESENTATION_FORMAT", format.id(), null);
    }
}
