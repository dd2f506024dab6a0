package cl.circuito.implementation.reflections;

import cl.circuito.implementation.scorecards.ImplementationRuleViolation;
import cl.circuito.shared.Versions;
import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ASPECTS;
import static cl.circuito.audit.AuditField.SEMESTER;
import static cl.circuito.audit.AuditField.YEAR;

/**
 * The Mesas' semester reflections. Everyone who reads the Mesa reads them; its co-facilitators write them, and
 * so does the territorial manager of its region, who accompanies the Mesa (minuta IV.2: the managers identify
 * the facilitators and risks). The national team reads.
 */
@Service
public class ReflectionWriting {

    static final String AUDIT_SUBJECT = "MESA_REFLECTION";

    private final MesaAccess access;
    private final Reflections reflections;
    private final ReflectionQueries queries;
    private final AuditTrail audit;
    private final MesaHeaders headers;
    private final Clock clock;

    ReflectionWriting(MesaAccess access, Reflections reflections, ReflectionQueries queries, AuditTrail audit,
                      MesaHeaders headers, Clock clock) {
        this.access = access;
        this.reflections = reflections;
        this.queries = queries;
        this.audit = audit;
        this.headers = headers;
        this.clock = clock;
    }

    /** Co-facilitators, and the territorial manager of the Mesa's region (an overseer with a regional scope). */
    public static boolean writes(Actor actor, MesaStanding standing) {
        return standing.edits() || (standing.level() == MesaStanding.Level.OVERSEER
                && actor.scope() instanceof AccessScope.Region && actor.can(Permission.MONITOR_IMPLEMENTATION));
    }

    /** The Mesa's reflections, the newest semester first. */
    @Transactional(readOnly = true)
    public List<ReflectionView> list(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        return queries.ofMesa(mesaId);
    }

    @Transactional(readOnly = true)
    public ReflectionView one(Actor actor, UUID mesaId, int year, int semester) {
        access.standing(actor, mesaId).requireRead();
        return queries.ofMesa(mesaId).stream().filter(r -> r.year() == year && r.semester() == semester)
                .findFirst().orElseThrow(() -> ImplementationRuleViolation.notFound("reflections.error.notFound"));
    }

    /** A new reflection; a semester that already has one is refused on {@code semester} (edit that one instead). */
    @Transactional
    public Reflection write(Actor actor, UUID mesaId, int year, int semester, Reflection.Content content) {
        requireWriter(actor, mesaId);
        if (reflections.findByMesaIdAndYearAndSemester(mesaId, year, semester).isPresent()) {
            throw ImplementationRuleViolation.invalid("semester", "reflections.error.exists", String.valueOf(semester), String.valueOf(year));
        }
        Reflection reflection = reflections.saveAndFlush(Reflection.write(mesaId, year, semester, headers.of(actor, mesaId).foundedOn(),
                LocalDate.now(clock), content, actor.displayName(), clock.instant()));
        audited(actor, reflection, "reflections.audit.written");
        return reflection;
    }

    /** Changes the reflection read at {@code version}; a stale version is someone else's change (409). */
    @Transactional
    public Reflection revise(Actor actor, UUID mesaId, int year, int semester, Long version,
                             Reflection.Content content) {
        requireWriter(actor, mesaId);
        Reflection reflection = reflections.findByMesaIdAndYearAndSemester(mesaId, year, semester)
                .orElseThrow(() -> ImplementationRuleViolation.notFound("reflections.error.notFound"));
        Versions.require(reflection.version(), version);
        reflection.revise(content, actor.displayName(), clock.instant());
        reflections.flush();
        audited(actor, reflection, "reflections.audit.revised");
        return reflection;
    }

    /** The API's PUT: writes the semester's reflection when there is none and no version is given, else revises it. */
    @Transactional
    public Reflection put(Actor actor, UUID mesaId, int year, int semester, Long version, Reflection.Content content) {
        requireWriter(actor, mesaId);
        Long saved = reflections.findByMesaIdAndYearAndSemester(mesaId, year, semester).map(Reflection::version)
                .orElse(null);
        Versions.requireIfSaved(saved, version, "error.concurrentEdit");
        if (saved == null) {
            return write(actor, mesaId, year, semester, content);
        }
        return revise(actor, mesaId, year, semester, version, content);
    }

    /** The Mesa's founding date, for the form's hint; requires reading the Mesa. */
    @Transactional(readOnly = true)
    public LocalDate foundedOn(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        return headers.of(actor, mesaId).foundedOn();
    }

    private void requireWriter(Actor actor, UUID mesaId) {
        MesaStanding standing = access.standing(actor, mesaId);
        if (!writes(actor, standing)) {
            throw new AccessDenied(Permission.WORK_IN_MESAS);
        }
    }


    private void audited(Actor actor, Reflection reflection, String what) {
        audit.changed(actor, AuditAction.CHANGED, new AuditTrail.Subject(AUDIT_SUBJECT, reflection.mesaId(), null),
                what, AuditDetails.of(YEAR, reflection.year()).with(SEMESTER, reflection.semester())
                        .with(ASPECTS, Reflection.join(java.util.Set.copyOf(reflection.aspects()))));
    }
}
