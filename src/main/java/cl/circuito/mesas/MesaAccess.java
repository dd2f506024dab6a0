package cl.circuito.mesas;

import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see and do what in which Mesa. Every use case of this module starts here: {@link #standing} is the
 * scoped load (a Mesa the user has no standing in does not exist for them: 404), {@link #visibleMesaIds} the
 * scope of every list.
 */
@Component
public class MesaAccess {

    /** The actor's current members (directly: their program, their programs' institution, or themselves). */
    private static final String OWN_MEMBERS = """
            select m.id, m.mesa_id, m.co_facilitator from mesa_member m
             where m.left_on is null
               and (m.program_id = any(:programs)
                    or m.institution_id in (select p.institution_id from program p where p.id = any(:programs))
                    or m.user_id = :user)""";

    private final JdbcClient jdbc;

    MesaAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record OwnMember(UUID id, UUID mesaId, boolean coFacilitator) {
    }

    /** The actor's standing in the Mesa; {@link NotFound} when they have none (or the Mesa does not exist). */
    public MesaStanding standing(Actor actor, UUID mesaId) {
        String regionCode = jdbc.sql("""
                        select c.region_code from mesa m join comuna c on c.code = m.comuna_code where m.id = :mesa""")
                .param("mesa", mesaId).query(String.class).optional()
                .orElseThrow(() -> new NotFound("mesa"));
        List<OwnMember> own = ownMembers(actor).stream().filter(m -> m.mesaId().equals(mesaId)).toList();
        Set<UUID> ownIds = new HashSet<>();
        own.forEach(m -> ownIds.add(m.id()));
        boolean works = actor.can(Permission.WORK_IN_MESAS);
        boolean managesHere = actor.can(Permission.MANAGE_MESAS) && overseesRegion(actor.scope(), regionCode);
        if (works && own.stream().anyMatch(OwnMember::coFacilitator)) {
            return new MesaStanding(mesaId, MesaStanding.Level.CO_FACILITATOR, true, ownIds);
        }
        if (!own.isEmpty()) {
            // A read-only user of a member program reads the Mesa but speaks for no one.
            return new MesaStanding(mesaId, MesaStanding.Level.MEMBER, managesHere, works ? ownIds : Set.of());
        }
        if (overseesRegion(actor.scope(), regionCode) && actor.can(Permission.READ_CHILD_RECORDS)) {
            return new MesaStanding(mesaId, MesaStanding.Level.OVERSEER, managesHere, Set.of());
        }
        if (managesHere) {
            return new MesaStanding(mesaId, MesaStanding.Level.ADMINISTRATOR, true, Set.of());
        }
        throw new NotFound("mesa");
    }

    /** The actor's standing, or empty where she has none: e.g. after a change of membership that took her out. */
    public Optional<MesaStanding> find(Actor actor, UUID mesaId) {
        try {
            return Optional.of(standing(actor, mesaId));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    /** The Mesas the actor may open: theirs as members, their region's, all of them for the national team and the admin. */
    public Set<UUID> visibleMesaIds(Actor actor) {
        AccessScope scope = actor.scope();
        if (scope instanceof AccessScope.Nationwide
                || (scope instanceof AccessScope.Nothing && actor.can(Permission.MANAGE_MESAS))) {
            return Set.copyOf(jdbc.sql("select id from mesa").query(UUID.class).list());
        }
        Set<UUID> ids = new HashSet<>();
        if (scope instanceof AccessScope.Region region) {
            ids.addAll(jdbc.sql("select m.id from mesa m join comuna c on c.code = m.comuna_code where c.region_code = :region")
                    .param("region", region.regionCode()).query(UUID.class).list());
        }
        ownMembers(actor).forEach(m -> ids.add(m.mesaId()));
        return Set.copyOf(ids);
    }

    /** The comunas of the Mesas the actor may open (where their flows may be shown, in counts). */
    public Set<String> visibleComunaCodes(Actor actor) {
        Set<UUID> ids = visibleMesaIds(actor);
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select comuna_code from mesa where id = any(:ids)")
                .param("ids", ids.toArray(new UUID[0])).query(String.class).list());
    }

    /** Every current member, across Mesas, the actor speaks for (e.g. to list their institution's agreements). */
    public Set<UUID> ownMemberIds(Actor actor) {
        Set<UUID> ids = new HashSet<>();
        ownMembers(actor).forEach(m -> ids.add(m.id()));
        return Set.copyOf(ids);
    }

    /** The Mesas the actor co-facilitates (where she edits), in one query: e.g. for her alerts. */
    public Set<UUID> coFacilitatedMesaIds(Actor actor) {
        if (!actor.can(Permission.WORK_IN_MESAS)) {
            return Set.of();
        }
        Set<UUID> ids = new HashSet<>();
        ownMembers(actor).stream().filter(OwnMember::coFacilitator).forEach(m -> ids.add(m.mesaId()));
        return Set.copyOf(ids);
    }

    /** Whether the actor may found a Mesa in this comuna: the admin anywhere, the territorial manager in her region. */
    public boolean mayFoundIn(Actor actor, String comunaCode) {
        if (!actor.can(Permission.MANAGE_MESAS)) {
            return false;
        }
        String regionCode = jdbc.sql("select region_code from comuna where code = :code").param("code", comunaCode)
                .query(String.class).optional().orElse(null);
        return regionCode != null && overseesRegion(actor.scope(), regionCode);
    }

    private List<OwnMember> ownMembers(Actor actor) {
        UUID[] programs = actor.scope() instanceof AccessScope.Programs assigned
                ? assigned.programIds().toArray(new UUID[0]) : new UUID[0];
        return jdbc.sql(OWN_MEMBERS)
                .param("programs", programs)
                .param("user", actor.userId())
                .query((rs, n) -> new OwnMember(rs.getObject("id", UUID.class), rs.getObject("mesa_id", UUID.class),
                        rs.getBoolean("co_facilitator")))
                .list();
    }

    /** The admin (no child records, but the network) sets Mesas up anywhere; a territorial manager in her region. */
    private static boolean overseesRegion(AccessScope scope, String regionCode) {
        if (scope instanceof AccessScope.Nationwide || scope instanceof AccessScope.Nothing) {
            return true;
        }
        return scope instanceof AccessScope.Region region && region.regionCode().equals(regionCode);
    }
}
