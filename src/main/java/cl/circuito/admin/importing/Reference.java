package cl.circuito.admin.importing;

import cl.circuito.network.Modality;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.ComunaOption;
import cl.circuito.network.NetworkAdministration.RegionComunas;
import cl.circuito.network.ReferrerKind;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.tables.Headers;
import cl.circuito.shared.web.Messages;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data a sheet names in words or codes, read once per import: comunas (official code, with or
 * without its leading zero, or name), regions, modalities (code or name), roles and kinds of referring body (by
 * their Spanish names, as the pages show them). Names are compared folded: accents, case and punctuation aside.
 */
final class Reference {

    private final Map<String, String> comunaCodes = new HashMap<>();
    private final Map<String, String> comunaNames = new HashMap<>();
    private final Map<String, String> regionCodes = new HashMap<>();
    private final Map<String, String> modalityCodes = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, ReferrerKind> kinds = new HashMap<>();

    Reference(NetworkAdministration network, Messages messages) {
        for (RegionComunas region : network.comunasByRegion()) {
            regionCodes.put(Headers.fold(region.code()), region.code());
            regionCodes.put(Headers.fold(region.name()), region.code());
            for (ComunaOption comuna : region.comunas()) {
                comunaCodes.put(Headers.fold(comuna.code()), comuna.code());
                comunaCodes.put(Headers.fold(comuna.name()), comuna.code());
                comunaNames.put(comuna.code(), comuna.name());
            }
        }
        for (Modality modality : network.modalities()) {
            modalityCodes.put(Headers.fold(modality.code()), modality.code());
            modalityCodes.put(Headers.fold(modality.name()), modality.code());
        }
        for (Role role : Role.values()) {
            String label = messages.get("role." + role.name());
            for (String name : new String[]{label, label.replace("(a)", ""), label.replace("(a)", "a"), role.name()}) {
                roles.put(Headers.fold(name), role);
            }
        }
        roles.putIfAbsent("director", Role.PROGRAM_DIRECTOR);
        roles.putIfAbsent("directora", Role.PROGRAM_DIRECTOR);
        roles.putIfAbsent("profesional", Role.PROGRAM_PROFESSIONAL);
        for (ReferrerKind kind : ReferrerKind.values()) {
            kinds.put(Headers.fold(messages.get("referrerKind." + kind.name())), kind);
            kinds.put(Headers.fold(kind.name()), kind);
        }
        kinds.putIfAbsent("tribunal", ReferrerKind.FAMILY_COURT);
        kinds.putIfAbsent("juzgado de familia", ReferrerKind.FAMILY_COURT);
    }

    /** "13101", "5101" (Excel drops the leading zero), "Ñuñoa", "nunoa" → the comuna's official code. */
    Optional<String> comuna(String text) {
        String folded = Headers.fold(text);
        if (folded.matches("\\d{4}")) {
            folded = "0" + folded;
        }
        return Optional.ofNullable(comunaCodes.get(folded));
    }

    String comunaName(String code) {
        return comunaNames.getOrDefault(code, code);
    }

    /** "13", "RM" is not one: "Metropolitana de Santiago", or the region's code with or without its zero. */
    Optional<String> region(String text) {
        String folded = Headers.fold(text);
        if (folded.matches("\\d")) {
            folded = "0" + folded;
        }
        String found = regionCodes.get(folded);
        if (found == null && folded.length() >= 4) {
            String partial = folded;
            var matches = regionCodes.entrySet().stream().filter(e -> e.getKey().contains(partial))
                    .map(Map.Entry::getValue).distinct().toList();
            found = matches.size() == 1 ? matches.get(0) : null;
        }
        return Optional.ofNullable(found);
    }

    Optional<String> modality(String text) {
        return Optional.ofNullable(modalityCodes.get(Headers.fold(text)));
    }

    Optional<Role> role(String text) {
        return Optional.ofNullable(roles.get(Headers.fold(text)));
    }

    Optional<ReferrerKind> referrerKind(String text) {
        return Optional.ofNullable(kinds.get(Headers.fold(text)));
    }
}
