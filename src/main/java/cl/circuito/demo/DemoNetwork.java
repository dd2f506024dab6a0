package cl.circuito.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The demo network in Ñuble: Chillán and Chillán Viejo (the comunas with their own regional holiday on
 * 20 August), a foundation running a PRM and a PPF, and the municipality's OPD and EDT.
 */
@Component
class DemoNetwork {

    static final String CHILLAN = "16101";
    static final String CHILLAN_VIEJO = "16103";

    private final JdbcClient jdbc;

    DemoNetwork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Ids(UUID prm, UUID ppf, UUID opd, UUID edt, UUID court, UUID opdReferrer, UUID carabineros, UUID school,
               UUID health, UUID other) {
    }

    Ids create() {
        UUID foundation = institution("Fundación Crecer Juntos (ficticia)", "Av. Libertad 1234, Chillán");
        UUID municipality = institution("Municipalidad de Chillán (demo)", "18 de Septiembre 510, Chillán");
        UUID prm = program(foundation, "PRM", "PRM Crecer Chillán", CHILLAN, 60, true);
        UUID ppf = program(foundation, "PPF", "PPF Crecer Chillán Viejo", CHILLAN_VIEJO, 80, false);
        UUID opd = program(municipality, "OPD", "OPD Chillán", CHILLAN, 0, false);
        UUID edt = program(municipality, "EDT", "EDT Chillán", CHILLAN, 0, false);
        return new Ids(prm, ppf, opd, edt,
                referrer("FAMILY_COURT", "Juzgado de Familia de Chillán", CHILLAN),
                referrer("OPD", "OPD Chillán", CHILLAN),
                referrer("CARABINEROS_24H", "Carabineros — Programa 24 Horas, Chillán", CHILLAN),
                referrer("SCHOOL", "Escuela Básica Los Aromos (ficticia)", CHILLAN_VIEJO),
                referrer("HEALTH", "CESFAM Los Volcanes (ficticio)", CHILLAN),
                referrer("OTHER", "Programa Habilidades para la Vida", CHILLAN));
    }

    private UUID institution(String name, String address) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into institution (id, name, address) values (?, ?, ?)").params(id, name, address).update();
        return id;
    }

    private UUID program(UUID institution, String modality, String name, String comuna, int capacity, boolean support) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into program (id, institution_id, modality_code, name, comuna_code, agreed_capacity,
                                             has_support_professional, address, email)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, institution, modality, name, comuna, capacity, support, "Dirección de demostración",
                        name.toLowerCase().replaceAll("[^a-z]+", ".") + "@demo.circuito.cl")
                .update();
        return id;
    }

    private UUID referrer(String kind, String name, String comuna) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into referrer (id, kind, name, comuna_code) values (?, ?, ?, ?)")
                .params(id, kind, name, comuna).update();
        return id;
    }

    void appointDirector(UUID programId, UUID userId) {
        jdbc.sql("update program set director_user_id = ? where id = ?").params(userId, programId).update();
    }
}
