package cl.circuito.circuit.flows;

import cl.circuito.mesas.MesaAccess;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The comunas whose flows a user may see: those of the programs they may see (national team: all; territorial
 * manager: her region; program staff: their programs' comunas) plus the comuna of every Mesa where they have
 * standing. The administrator keeps no child records, not even counted: none.
 */
@Component
public class CircuitScope {

    /** A comuna to choose, in the order the user sees them (their own programs' first, then by name). */
    public record Comuna(String code, String name, String regionName) {
    }

    private static final String COMUNAS = """
            select c.code, c.name, r.name as region_name
              from comuna c join region r on r.code = c.region_code
             where :all or c.region_code = cast(:region as varchar)
                or c.code in (select p.comuna_code from program p where p.id = any(:programs))
                or c.code = any(:mesaComunas)
             order by (c.code in (select p.comuna_code from program p where p.id = any(:programs))) desc,
                      c.name""";

    private final MesaAccess mesas;
    private final JdbcClient jdbc;

    CircuitScope(MesaAccess mesas, JdbcClient jdbc) {
        this.mesas = mesas;
        this.jdbc = jdbc;
    }

    public List<Comuna> comunas(Actor actor) {
        if (!actor.can(Permission.READ_CHILD_RECORDS)) {
            return List.of();
        }
        AccessScope scope = actor.scope();
        boolean all = scope instanceof AccessScope.Nationwide;
        String region = scope instanceof AccessScope.Region r ? r.regionCode() : null;
        UUID[] programs = scope instanceof AccessScope.Programs p ? p.programIds().toArray(new UUID[0]) : new UUID[0];
        String[] mesaComunas = all ? new String[0] : mesas.visibleComunaCodes(actor).toArray(new String[0]);
        return jdbc.sql(COMUNAS).param("all", all).param("region", region).param("programs", programs)
                .param("mesaComunas", mesaComunas)
                .query((rs, n) -> new Comuna(rs.getString("code"), rs.getString("name"), rs.getString("region_name")))
                .list();
    }
}
