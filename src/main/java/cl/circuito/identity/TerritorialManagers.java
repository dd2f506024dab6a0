package cl.circuito.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The territorial managers of a region who may sit on a Mesa (enabled accounts only): what the Mesas module
 * offers as co-facilitators and members. A port, so that no other module reads the users' table.
 */
@Component
@Transactional(readOnly = true)
public class TerritorialManagers {

    /** A manager as a Mesa lists one: the account and the name to show. */
    public record Manager(UUID userId, String fullName) {
    }

    private final JdbcClient jdbc;

    TerritorialManagers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The region's managers, by name. */
    public List<Manager> ofRegion(String regionCode) {
        return jdbc.sql("""
                        select id, full_name from app_user
                         where role = 'TERRITORIAL_MANAGER' and enabled and region_code = :region
                         order by full_name""")
                .param("region", regionCode)
                .query((rs, n) -> new Manager(rs.getObject("id", UUID.class), rs.getString("full_name")))
                .list();
    }

    /** The manager with this account, if it is an enabled manager of the region. */
    public Optional<Manager> inRegion(UUID userId, String regionCode) {
        return jdbc.sql("""
                        select id, full_name from app_user
                         where id = :user and role = 'TERRITORIAL_MANAGER' and enabled and region_code = :region""")
                .param("user", userId)
                .param("region", regionCode)
                .query((rs, n) -> new Manager(rs.getObject("id", UUID.class), rs.getString("full_name")))
                .optional();
    }
}
