package cl.circuito.demo;

import cl.circuito.networkmap.map.ActorKind;
import cl.circuito.networkmap.map.CircuitRole;
import cl.circuito.networkmap.map.MesaProtocol;
import cl.circuito.networkmap.map.MesaTie;
import cl.circuito.networkmap.map.NetworkActor;
import cl.circuito.networkmap.map.NetworkMaps;
import cl.circuito.networkmap.map.NetworkTie;
import cl.circuito.networkmap.map.ProtocolStatus;
import cl.circuito.networkmap.map.Protocols;
import cl.circuito.networkmap.map.TieKind;
import cl.circuito.shared.security.Actor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The network map of the demo Mesa of Chillán: its members brought in, the sectors and organisations not yet in
 * the Mesa (whom the diagnosis says to convene), the ties between them, two notes of the diagnosis, and two
 * protocols — the suicide-risk protocol with health in force, and a draft with education. All fictional.
 */
@Component
@ConditionalOnProperty(name = "circuito.demo-data.enabled", havingValue = "true")
class DemoNetworkMap {

    private final NetworkMaps maps;
    private final Protocols protocols;
    private final JdbcClient jdbc;

    DemoNetworkMap(NetworkMaps maps, Protocols protocols, JdbcClient jdbc) {
        this.maps = maps;
        this.protocols = protocols;
        this.jdbc = jdbc;
    }

    /** {@code opd}: the OPD's coordinator, who co-facilitates the Mesa of Chillán (loaded just before). */
    void load(Actor opd, LocalDate today) {
        UUID mesaId = jdbc.sql("select id from mesa where comuna_code = :comuna").param("comuna", DemoNetwork.CHILLAN)
                .query(UUID.class).single();
        maps.incorporateMembers(opd, mesaId);
        place(opd, mesaId, "Liceo Narciso Tondreau (ficticio)", ActorKind.INSTITUTION, "EDUCACION", CircuitRole.REFERS,
                "Detecta y deriva situaciones de vulneración observadas en aula.", MesaTie.NONE);
        place(opd, mesaId, "Juzgado de Familia de Chillán (ficticio)", ActorKind.SECTOR, "TRIBUNAL", CircuitRole.DECIDES,
                "Dicta medidas de protección e ingresos a programas.", MesaTie.STRATEGIC);
        place(opd, mesaId, "COSAM Chillán (ficticio)", ActorKind.SECTOR, "SALUD", CircuitRole.ATTENDS,
                "Salud mental infanto-juvenil de especialidad.", MesaTie.STRATEGIC);
        place(opd, mesaId, "Junta de Vecinos Villa Los Héroes (ficticia)", ActorKind.COMMUNITY, null,
                CircuitRole.SUPPORTS, "Sede para talleres de parentalidad; alerta temprana en el barrio.", MesaTie.NONE);
        place(opd, mesaId, "Oficina Local de la Niñez (ficticia)", ActorKind.PROGRAM, "MUNICIPIO", CircuitRole.COORDINATES,
                "Gestión de casos comunal; aún no participa de la Mesa.", MesaTie.NONE);

        UUID suicide = protocols.record(opd, mesaId, new MesaProtocol.Details("Protocolo de abordaje de riesgo suicida",
                "CESFAM Los Volcanes (ficticio); COSAM Chillán (ficticio); OPD Chillán", "SALUD", "v2",
                today.minusMonths(8), today.minusMonths(8), today.plusMonths(16),
                "Define cómo se detecta, deriva y acompaña a niños, niñas y adolescentes con riesgo suicida, con "
                        + "atención de salud dentro de 72 horas y seguimiento en la Mesa."),
                ProtocolStatus.IN_FORCE, null).id();
        UUID school = protocols.record(opd, mesaId, new MesaProtocol.Details(
                "Protocolo de derivación desde establecimientos educacionales",
                "DAEM Chillán (ficticio); Liceo Narciso Tondreau (ficticio)", "EDUCACION", "borrador 2", null, null, null,
                "En revisión con los encargados de convivencia escolar: ficha única de derivación y plazos."),
                ProtocolStatus.DRAFT, null).id();

        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("select id, name from network_actor where mesa_id = :mesa").param("mesa", mesaId)
                .query(rs -> {
                    ids.put(rs.getString("name"), rs.getObject("id", UUID.class));
                });
        tie(opd, mesaId, ids, "CESFAM Los Volcanes (ficticio)", "OPD Chillán", TieKind.PROTOCOL, suicide, null);
        tie(opd, mesaId, ids, "COSAM Chillán (ficticio)", "CESFAM Los Volcanes (ficticio)", TieKind.PROTOCOL, suicide, null);
        tie(opd, mesaId, ids, "DAEM Chillán (ficticio)", "OPD Chillán", TieKind.PROTOCOL, school, "Protocolo en borrador");
        tie(opd, mesaId, ids, "Liceo Narciso Tondreau (ficticio)", "OPD Chillán", TieKind.REFERRALS, null,
                "Derivaciones por vulneración detectada en aula");
        tie(opd, mesaId, ids, "2ª Comisaría de Chillán (ficticia)", "OPD Chillán", TieKind.REFERRALS, null, null);
        tie(opd, mesaId, ids, "Juzgado de Familia de Chillán (ficticio)", "PRM Crecer Chillán", TieKind.REFERRALS, null,
                "Ingresos por medida de protección");
        tie(opd, mesaId, ids, "Juzgado de Familia de Chillán (ficticio)", "PPF Crecer Chillán Viejo", TieKind.REFERRALS, null, null);
        tie(opd, mesaId, ids, "EDT Chillán", "PRM Crecer Chillán", TieKind.REFERRALS, null, null);
        tie(opd, mesaId, ids, "OPD Chillán", "EDT Chillán", TieKind.COORDINATION, null, "Co-facilitan la Mesa");
        tie(opd, mesaId, ids, "SENDA Previene Chillán (ficticio)", "PPF Crecer Chillán Viejo", TieKind.AGREEMENT, null,
                "Cupos de tratamiento para adolescentes");
        tie(opd, mesaId, ids, "Junta de Vecinos Villa Los Héroes (ficticia)", "OPD Chillán", TieKind.COORDINATION, null,
                null);
        tie(opd, mesaId, ids, "Oficina Local de la Niñez (ficticia)", "OPD Chillán", TieKind.OTHER, null,
                "Contacto informal: convocar a la Mesa");

        UUID older = maps.writeNote(opd, mesaId, "Diagnóstico inicial: la red responde bien a las derivaciones "
                + "de salud, pero educación deriva tarde y sin ficha común. Carabineros asiste solo cuando se le "
                + "convoca por un caso.").id();
        // The first reading of the network was months ago: the history shows how the diagnosis moved.
        jdbc.sql("update network_note set written_on = :on where id = :id").param("on", today.minusMonths(5))
                .param("id", older).update();
        maps.writeNote(opd, mesaId, "Actualización: el protocolo de riesgo suicida con salud está vigente y "
                + "funcionando. Falta convocar al Liceo Narciso Tondreau, a la Oficina Local de la Niñez y a la "
                + "junta de vecinos; el protocolo con educación sigue en borrador.");
    }

    private void place(Actor opd, UUID mesaId, String name, ActorKind kind, String sector, CircuitRole role,
                       String description, MesaTie tie) {
        maps.place(opd, mesaId, new NetworkActor.Details(name, kind, sector, null, null, null, role, description, tie));
    }

    private void tie(Actor opd, UUID mesaId, Map<String, UUID> ids, String from, String to, TieKind kind,
                     UUID protocolId, String note) {
        UUID a = ids.get(from);
        UUID b = ids.get(to);
        if (a == null || b == null) {
            throw new IllegalStateException("Demo network map: no actor named " + (a == null ? from : to));
        }
        maps.connect(opd, mesaId, new NetworkTie.Details(a, b, kind, protocolId, note));
    }
}
