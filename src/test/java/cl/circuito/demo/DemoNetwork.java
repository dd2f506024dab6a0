package cl.circuito.demo;

import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.InstitutionData;
import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.network.NetworkAdministration.ReferrerData;
import cl.circuito.network.ReferrerKind;
import cl.circuito.shared.security.Actor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The demo network in Ñuble: Chillán and Chillán Viejo (the comunas with their own regional holiday on
 * 20 August), a foundation running a PRM and a PPF, and the municipality's OPD and EDT.
 */
@Component
@ConditionalOnProperty(name = "circuito.demo-data.enabled", havingValue = "true")
class DemoNetwork {

    static final String CHILLAN = "16101";
    static final String CHILLAN_VIEJO = "16103";

    private final NetworkAdministration network;

    DemoNetwork(NetworkAdministration network) {
        this.network = network;
    }

    /** @param formerPrm the PRM's previous agreement, ended: its records wait for disposal */
    record Ids(UUID prm, UUID ppf, UUID opd, UUID edt, UUID court, UUID opdReferrer, UUID carabineros, UUID school,
               UUID health, UUID other, UUID formerPrm) {
    }

    Ids create(Actor admin) {
        UUID foundation = network.createInstitution(admin, new InstitutionData("Fundación Crecer Juntos (ficticia)",
                null, "Av. Libertad 1234, Chillán", "+56 42 200 0000", "contacto@crecer.demo.cl")).id();
        UUID municipality = network.createInstitution(admin, new InstitutionData("Municipalidad de Chillán (demo)",
                null, "18 de Septiembre 510, Chillán", null, null)).id();
        return new Ids(
                program(admin, foundation, "PRM", "PRM Crecer Chillán", CHILLAN, 60, true),
                program(admin, foundation, "PPF", "PPF Crecer Chillán Viejo", CHILLAN_VIEJO, 80, false),
                program(admin, municipality, "OPD", "OPD Chillán", CHILLAN, 0, false),
                program(admin, municipality, "EDT", "EDT Chillán", CHILLAN, 0, false),
                referrer(admin, ReferrerKind.FAMILY_COURT, "Juzgado de Familia de Chillán"),
                referrer(admin, ReferrerKind.OPD, "OPD Chillán"),
                referrer(admin, ReferrerKind.CARABINEROS_24H, "Carabineros — Programa 24 Horas, Chillán"),
                referrer(admin, ReferrerKind.SCHOOL, "Escuela Básica Los Aromos (ficticia)"),
                referrer(admin, ReferrerKind.HEALTH, "CESFAM Los Volcanes (ficticio)"),
                referrer(admin, ReferrerKind.OTHER, "Programa Habilidades para la Vida"),
                program(admin, foundation, "PRM", "PRM Horizonte Chillán (convenio terminado)", CHILLAN, 40, false));
    }

    /** The admin marks the program no longer in force: it ends today. */
    void end(Actor admin, UUID programId) {
        var stored = network.program(admin, programId);
        ProgramData data = stored.data();
        network.updateProgram(admin, programId, stored.version(), new ProgramData(data.modalityCode(), data.name(),
                data.code(), data.comunaCode(), data.address(), data.phone(), data.email(), data.agreedCapacity(),
                data.hasSupportProfessional(), false));
    }

    private UUID program(Actor admin, UUID institution, String modality, String name, String comuna, int capacity,
                         boolean supportProfessional) {
        return network.createProgram(admin, institution, new ProgramData(modality, name, null, comuna,
                "Dirección de demostración", null, name.toLowerCase().replaceAll("[^a-z]+", ".") + "@demo.circuito.cl",
                capacity, supportProfessional, true)).id();
    }

    private UUID referrer(Actor admin, ReferrerKind kind, String name) {
        return network.createReferrer(admin, new ReferrerData(kind, name, CHILLAN, null, null, null, true)).id();
    }

    void appointDirector(Actor admin, UUID programId, UUID userId) {
        network.appointDirector(admin, programId, userId);
    }
}
