package cl.circuito.demo;

import cl.circuito.implementation.report.ManagerNote;
import cl.circuito.implementation.report.ManagerNoteWriting;
import cl.circuito.implementation.reflections.Reflection;
import cl.circuito.implementation.reflections.ReflectionAspect;
import cl.circuito.implementation.reflections.ReflectionWriting;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The Chillán Mesa's semester reflections (the second semester of last year, by its OPD co-facilitator; the first of
 * this year, by the Ñuble territorial manager) and the managers' notes of this year's report: Ñuble's by the
 * gestora, the national ones by the national team. Everything is fictional.
 */
@Component
@ConditionalOnProperty(name = "circuito.demo-data.enabled", havingValue = "true")
class DemoReflections {

    private final JdbcClient jdbc;
    private final ReflectionWriting reflections;
    private final ManagerNoteWriting notes;

    DemoReflections(JdbcClient jdbc, ReflectionWriting reflections, ManagerNoteWriting notes) {
        this.jdbc = jdbc;
        this.reflections = reflections;
        this.notes = notes;
    }

    void load(Actor opdCoordinator, LocalDate today) {
        UUID mesa = jdbc.sql("select id from mesa where comuna_code = :comuna").param("comuna", DemoNetwork.CHILLAN)
                .query(UUID.class).single();
        Actor gestora = user("gestora", Role.TERRITORIAL_MANAGER, new AccessScope.Region("16"));
        Actor nacional = user("nacional", Role.NATIONAL_TEAM, new AccessScope.Nationwide());
        int year = today.getYear();

        reflections.write(opdCoordinator, mesa, year - 1, 2, new Reflection.Content(
                Set.of(ReflectionAspect.CIRCUIT_COHESION, ReflectionAspect.CASE_ANALYSIS_RELIEVES,
                        ReflectionAspect.PROFESSIONAL_TURNOVER, ReflectionAspect.PLACES_BELOW_DEMAND),
                "La Mesa se consolidó como el espacio donde los equipos piden ayuda sin temor.",
                null,
                "Cambió la dupla EDT en octubre y el PRM tiene más de veinte niños esperando.",
                "Se acordó con el Liceo Narciso Tondreau un flujo de derivación para reinserción escolar."));
        reflections.write(gestora, mesa, year, 1, new Reflection.Content(
                Set.of(ReflectionAspect.COLLABORATIVE_RELATIONS, ReflectionAspect.HEALTH_CRISIS_AGREEMENT,
                        ReflectionAspect.DIFFERING_APPROACHES, ReflectionAspect.SECTOR_PROTOCOL),
                null,
                "El CESFAM Los Volcanes recibe de inmediato las crisis que la Mesa le deriva.",
                "Persisten diferencias de enfoque con la EDT en casos de consumo.",
                "Protocolo de abordaje de riesgo suicida firmado con salud en mayo."));

        notes.write(gestora, year, "16", null, new ManagerNote.Content(
                "La gestoría territorial de Ñuble acompañó durante el año a la Mesa de Gestión de Casos de Chillán, "
                        + "único circuito 24 Horas de la región.",
                "La Mesa sesiona mensualmente, con co-liderazgo de la OPD y la EDT y buena asistencia de los programas.",
                "Las reflexiones de la Mesa destacan la cohesión del circuito y el protocolo con salud; preocupa la "
                        + "rotación de profesionales.",
                "Se propone incorporar a educación como integrante eventual estable y revisar más casos exitosos."));
        notes.write(nacional, year, null, null, new ManagerNote.Content(
                "El Programa 24 Horas monitorea cada año la implementación de las Mesas de Gestión de Casos en las "
                        + "comunas del circuito.",
                "En general las Mesas sesionan según su frecuencia y analizan casos en cada sesión.",
                "Los gestores identifican facilitadores intra y extra-mesa y riesgos vinculados a la rotación.",
                "Las Mesas conservan los objetivos para los cuales fueron diseñadas; se requiere avanzar hacia "
                        + "vinculaciones estratégicas con el intersector."));
    }

    private Actor user(String username, Role role, AccessScope scope) {
        return jdbc.sql("select id, full_name from app_user where username = :username").param("username", username)
                .query((rs, n) -> new Actor(rs.getObject("id", UUID.class), username, rs.getString("full_name"), role,
                        scope))
                .single();
    }
}
