package cl.circuito.admin.importing;

import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.InstitutionSummary;
import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.network.NetworkAdministration.Versioned;
import cl.circuito.shared.security.Actor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cl.circuito.admin.importing.InstitutionRules.differs;

/**
 * Programs, recognised by their code (the project's code in SENAINFO); their institution must already be in
 * Circuito (imported first, or created on its page).
 */
@Component
class ProgramRules implements KindRules {

    private final NetworkAdministration network;

    ProgramRules(NetworkAdministration network) {
        this.network = network;
    }

    @Override
    public NetworkImportKind kind() {
        return NetworkImportKind.PROGRAMS;
    }

    @Override
    public Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        aliases.put("code", List.of("Código", "Cod. proyecto", "Cód. proyecto", "Código proyecto",
                "Código del proyecto", "Código del programa", "Código programa", "Cod proyecto", "Código SENAINFO"));
        aliases.put("name", List.of("Nombre del programa", "Nombre", "Nombre del proyecto", "Nombre proyecto",
                "Programa", "Proyecto"));
        aliases.put("modality", List.of("Modalidad", "Línea", "Línea programática", "Tipo de programa"));
        aliases.put("institution", List.of("Institución", "Institución colaboradora", "Organismo colaborador",
                "Nombre de la institución", "OCA"));
        aliases.put("comuna", Aliases.COMUNA);
        aliases.put("capacity", List.of("Plazas convenidas", "Plazas", "Cobertura", "Cobertura convenida",
                "N° de plazas", "Capacidad"));
        aliases.put("support", List.of("Profesional de apoyo", "Tiene profesional de apoyo",
                "Profesional de apoyo lista de espera", "Con profesional de apoyo"));
        aliases.put("address", Aliases.ADDRESS);
        aliases.put("phone", Aliases.PHONE);
        aliases.put("email", Aliases.EMAIL);
        return aliases;
    }

    @Override
    public Set<String> required() {
        return Set.of("code", "name", "modality", "institution", "comuna", "capacity");
    }

    @Override
    public Planned plan(Actor actor, SheetRow row, Reference reference) {
        String code = row.required("code", 30);
        String name = row.required("name", 200);
        String modality = null;
        if (!row.text("modality").isEmpty()) {
            modality = reference.modality(row.text("modality")).orElse(null);
            if (modality == null) {
                row.problem("modality", "networkImport.problem.unknownModality", row.text("modality"));
            }
        } else {
            row.problem("modality", "networkImport.problem.required");
        }
        String comuna = comuna(row, reference);
        if (row.text("comuna").isEmpty()) {
            row.problem("comuna", "networkImport.problem.required");
        }
        Integer capacity = row.wholeNumber("capacity");
        boolean support = row.yesNo("support", false);
        String address = row.optional("address", 300);
        String phone = row.optional("phone", 50);
        String email = row.email("email", false);
        String institutionName = row.required("institution", 200);
        String key = code == null ? null : code.toLowerCase(Locale.ROOT);
        String description = name == null ? row.text("name") : name + (code == null ? "" : " (" + code + ")");

        Optional<Versioned<ProgramData>> existing = network.programWithCode(actor, code);
        if (existing.isPresent()) {
            ProgramData p = existing.get().data();
            List<String> notes = new ArrayList<>();
            differs(notes, row, "name", p.name(), name);
            differs(notes, row, "modality", p.modalityCode(), modality);
            differs(notes, row, "comuna", reference.comunaName(p.comunaCode()),
                    comuna == null ? null : reference.comunaName(comuna));
            differs(notes, row, "capacity", p.agreedCapacity(), capacity);
            differs(notes, row, "support", row.yesNoWord(p.hasSupportProfessional()),
                    row.text("support").isEmpty() ? null : row.yesNoWord(support));
            differs(notes, row, "address", p.address(), address);
            differs(notes, row, "phone", p.phone(), phone);
            differs(notes, row, "email", p.email(), email);
            // A program already there is left as it is; the sheet's other problems do not matter then.
            return new Planned("code", key, p.name() + " (" + p.code() + ")", notes, true, null);
        }
        InstitutionSummary institution = null;
        if (institutionName != null) {
            institution = network.institutionNamed(actor, institutionName).orElse(null);
            if (institution == null) {
                row.problem("institution", "networkImport.problem.unknownInstitution", institutionName);
            } else if (name != null && network.programNameTaken(actor, institution.id(), name)) {
                row.problem("name", "networkImport.problem.programNameTaken", institution.name());
            }
        }
        if (code == null || name == null || modality == null || comuna == null || capacity == null
                || institution == null || !row.problems().isEmpty()) {
            return Planned.refused("code", key, description);
        }
        ProgramData data = new ProgramData(modality, name, code, comuna, address, phone, email, capacity, support, true);
        java.util.UUID institutionId = institution.id();
        // The database also keeps a program's name unique within its institution.
        return new Planned("code", key, description, List.of(), false,
                () -> network.createProgram(actor, institutionId, data),
                Map.of("name", institutionId + "/" + name.toLowerCase(Locale.ROOT)));
    }

    static String comuna(SheetRow row, Reference reference) {
        String text = row.text("comuna");
        if (text.isEmpty()) {
            return null;
        }
        Optional<String> code = reference.comuna(text);
        if (code.isEmpty()) {
            row.problem("comuna", "networkImport.problem.unknownComuna", text);
        }
        return code.orElse(null);
    }
}
