package cl.circuito.admin.importing;

import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.ReferrerData;
import cl.circuito.network.ReferrerKind;
import cl.circuito.network.ReferrerSummary;
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
 * Referring bodies, recognised by their kind and name (courts by their official names: "Juzgado de Familia de
 * Pudahuel"). Without a kind column, or with the cell blank, a row is a family court.
 */
@Component
class ReferrerRules implements KindRules {

    private final NetworkAdministration network;

    ReferrerRules(NetworkAdministration network) {
        this.network = network;
    }

    @Override
    public NetworkImportKind kind() {
        return NetworkImportKind.REFERRERS;
    }

    @Override
    public Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        aliases.put("name", List.of("Nombre", "Nombre del organismo", "Organismo", "Organismo derivador",
                "Tribunal", "Juzgado", "Nombre oficial"));
        aliases.put("kind", List.of("Tipo", "Tipo de organismo", "Tipo de derivador"));
        aliases.put("comuna", Aliases.COMUNA);
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
        ReferrerKind kind = ReferrerKind.FAMILY_COURT;
        if (!row.text("kind").isEmpty()) {
            kind = reference.referrerKind(row.text("kind")).orElse(null);
            if (kind == null) {
                row.problem("kind", "networkImport.problem.unknownKind", row.text("kind"));
            }
        }
        String comuna = ProgramRules.comuna(row, reference);
        String address = row.optional("address", 300);
        String phone = row.optional("phone", 50);
        String email = row.email("email", false);
        String key = name == null || kind == null ? null : kind + "/" + name.toLowerCase(Locale.ROOT);
        if (name == null || kind == null) {
            return Planned.refused("name", key, row.text("name"));
        }
        Optional<ReferrerSummary> existing = network.referrerNamed(actor, kind, name);
        if (existing.isPresent()) {
            ReferrerSummary r = existing.get();
            List<String> notes = new ArrayList<>();
            differs(notes, row, "comuna", r.comunaName(), comuna == null ? null : reference.comunaName(comuna));
            differs(notes, row, "address", r.address(), address);
            differs(notes, row, "email", r.email(), email);
            return new Planned("name", key, r.name(), notes, true, null);
        }
        if (!row.problems().isEmpty()) {
            return Planned.refused("name", key, name);
        }
        ReferrerData data = new ReferrerData(kind, name, comuna, address, email, phone, true);
        return new Planned("name", key, name, List.of(), false, () -> network.createReferrer(actor, data));
    }
}
