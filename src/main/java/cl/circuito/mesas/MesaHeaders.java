package cl.circuito.mesas;

import cl.circuito.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.UUID;

/** Loads a Mesa's header for the asker: their standing first, so a Mesa out of reach is a 404. */
@Service
@Transactional(readOnly = true)
public class MesaHeaders {

    private final MesaAccess access;
    private final JdbcClient jdbc;

    MesaHeaders(MesaAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    public MesaHeader of(Actor actor, UUID mesaId) {
        MesaStanding standing = access.standing(actor, mesaId);
        return jdbc.sql("""
                        select m.id, m.name, m.comuna_code, c.name as comuna_name, r.name as region_name, m.founded_on,
                               m.frequency, m.custom_interval_days, m.usual_place
                          from mesa m join comuna c on c.code = m.comuna_code join region r on r.code = c.region_code
                         where m.id = :id""")
                .param("id", mesaId)
                .query((rs, n) -> new MesaHeader(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("comuna_code"), rs.getString("comuna_name"), rs.getString("region_name"),
                        rs.getObject("founded_on", LocalDate.class), Frequency.valueOf(rs.getString("frequency")),
                        (Integer) rs.getObject("custom_interval_days"), rs.getString("usual_place"), standing))
                .single();
    }
}
