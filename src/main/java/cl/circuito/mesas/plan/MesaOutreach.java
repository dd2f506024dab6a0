package cl.circuito.mesas.plan;

import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditTrail;
import cl.circuito.mesas.ActivityKind;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.mesa.MesaAudit;
import cl.circuito.mesas.mesa.Mesas;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cl.circuito.audit.AuditField.ACTIVITY;
import static cl.circuito.audit.AuditField.HELD_ON;
import static cl.circuito.audit.AuditField.KIND;

/** A Mesa's outreach (difusión) and training activities: everyone with standing reads, co-facilitators record. */
@Service
public class MesaOutreach {

    private static final String ACTIVITIES = """
            select a.id, a.version, a.kind, a.title, a.audience, a.held_on, a.place, a.participants_count,
                   a.participants_description, a.responsible_member_id, m.name as member_name, a.description
              from mesa_activity a left join mesa_member m on m.id = a.responsible_member_id
             where a.mesa_id = :mesa and (cast(:year as integer) is null or extract(year from a.held_on) = :year)
               and (cast(:id as uuid) is null or a.id = :id)
             order by a.held_on desc, a.created_at desc
             limit :limit""";

    private final MesaAccess access;
    private final Mesas mesas;
    private final MesaActivities activities;
    private final MesaPlanning planning;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    MesaOutreach(MesaAccess access, Mesas mesas, MesaActivities activities, MesaPlanning planning, AuditTrail audit,
                 JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.mesas = mesas;
        this.activities = activities;
        this.planning = planning;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The activities of one year (null: all of them), the latest first. */
    @Transactional(readOnly = true)
    public List<ActivityRow> activities(Actor actor, UUID mesaId, Integer year) {
        access.standing(actor, mesaId).requireRead();
        return rows(mesaId, year, null, 1000);
    }

    /** The years that have activities, the latest first (the year pills of the page). */
    @Transactional(readOnly = true)
    public List<Integer> years(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId).requireRead();
        return jdbc.sql("""
                        select distinct cast(extract(year from held_on) as integer) as y from mesa_activity
                         where mesa_id = :mesa order by y desc""")
                .param("mesa", mesaId).query(Integer.class).list();
    }

    @Transactional(readOnly = true)
    public ActivityRow activity(Actor actor, UUID mesaId, UUID activityId) {
        access.standing(actor, mesaId).requireRead();
        return rows(mesaId, null, activityId, 1).stream().findFirst().orElseThrow(() -> new NotFound("mesaActivity"));
    }

    public List<ActivityRow> rows(UUID mesaId, Integer year, UUID id, int limit) {
        return jdbc.sql(ACTIVITIES).param("mesa", mesaId).param("year", year).param("id", id).param("limit", limit)
                .query((rs, n) -> new ActivityRow(rs.getObject("id", UUID.class), rs.getLong("version"),
                        ActivityKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("audience"),
                        rs.getObject("held_on", LocalDate.class), rs.getString("place"),
                        (Integer) rs.getObject("participants_count"), rs.getString("participants_description"),
                        rs.getObject("responsible_member_id", UUID.class), rs.getString("member_name"),
                        rs.getString("description")))
                .list();
    }

    @Transactional
    public MesaActivity record(Actor actor, UUID mesaId, MesaActivity.Details details) {
        access.standing(actor, mesaId).requireEdit();
        Mesa mesa = mesas.findById(mesaId).orElseThrow(() -> new NotFound("mesa"));
        planning.requireMember(mesaId, details.responsibleMemberId());
        MesaActivity activity = activities.save(MesaActivity.record(mesa, details, actor.displayName(), clock.instant()));
        MesaAudit.changed(audit, actor, mesaId, "mesamembers.audit.activityRecorded", audited(activity));
        return activity;
    }

    @Transactional
    public MesaActivity change(Actor actor, UUID mesaId, UUID activityId, Long version, MesaActivity.Details details) {
        access.standing(actor, mesaId).requireEdit();
        Mesa mesa = mesas.findById(mesaId).orElseThrow(() -> new NotFound("mesa"));
        MesaActivity activity = activities.findByIdAndMesaId(activityId, mesaId)
                .orElseThrow(() -> new NotFound("mesaActivity"));
        Versions.require(activity.version(), version);
        planning.requireMember(mesaId, details.responsibleMemberId());
        activity.change(mesa, details, actor.displayName(), clock.instant());
        activities.flush();
        MesaAudit.changed(audit, actor, mesaId, "mesamembers.audit.activityChanged", audited(activity));
        return activity;
    }

    private static AuditDetails audited(MesaActivity activity) {
        return AuditDetails.none().withPresent(ACTIVITY, activity.title()).with(KIND, activity.kind())
                .with(HELD_ON, activity.heldOn());
    }
}
