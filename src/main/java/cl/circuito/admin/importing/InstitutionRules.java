package cl.circuito.admin.importing;

import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.InstitutionData;
import cl.circuito.network.NetworkAdministration.InstitutionSummary;
import cl.circuito.shared.security.Actor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Institutions (organismos colaboradores), recognised by their name. */
@Component
class InstitutionRules implements KindRules {

    private final NetworkAdministration network;

    InstitutionRules(NetworkAdministration network) {
        this.network = network;
    }

    @Override
    public NetworkImportKind kind() {
        return NetworkImportKind.INSTITUTIONS;
    }

    @Override
    public Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        aliases.put("name", List.of("Nombre", "Institución", "Nombre de la institución", "Nombre institución",
                "Organismo colaborador", "Institución colaboradora", "Razón social"));
        aliases.put("rut", List.of("RUT", "RUT institución", "RUT de la institución", "Rut organismo"));
        aliases.put("address", Aliases.ADDRESS);
        aliases.put("phone", Aliases.PHONE);
        aliases.put("email", Aliases.EMAIL);
        return aliases;
    }

    @Override
    public Set<String> required() {
        return Set.of("name");
    }

    @Override
    public Planned plan(Actor actor, SheetRow row, Reference reference) {
        String name = row.required("name", 200);
        String rut = row.optional("rut", 12);
        String address = row.optional("address", 300);
        String phone = row.optional("phone", 50);
        String email = row.email("email", false);
        String key = name == null ? null : name.toLowerCase(Locale.ROOT);
        if (name == null) {
            return Planned.refused("name", null, row.text("name"));
        }
        Optional<InstitutionSummary> existing = network.institutionNamed(actor, name);
        if (existing.isPresent()) {
            InstitutionSummary i = existing.get();
            List<String> notes = new ArrayList<>();
            differs(notes, row, "rut", i.rut(), rut);
            differs(notes, row, "address", i.address(), address);
            differs(notes, row, "phone", i.phone(), phone);
            differs(notes, row, "email", i.email(), email);
            return new Planned("name", key, i.name(), notes, true, null);
        }
        InstitutionData data = new InstitutionData(name, rut, address, phone, email);
        return new Planned("name", key, name, List.of(), false, () -> network.createInstitution(actor, data));
    }

    static void differs(List<String> notes, SheetRow row, String field, Object inCircuito, Object inSheet) {
        if (inSheet != null && !Objects.equals(normal(inCircuito), normal(inSheet))) {
            notes.add(row.difference(field, inCircuito, inSheet));
        }
    }

    private static Object normal(Object value) {
        return value instanceof String text ? text.strip().toLowerCase(Locale.ROOT) : value;
    }
}
