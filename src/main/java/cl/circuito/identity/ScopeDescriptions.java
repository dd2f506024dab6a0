package cl.circuito.identity;

import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.RegionComunas;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where users may act, in the words the pages use: "Región: Biobío", the names of their programs,
 * "Todo el país". Looks the network up once for any number of users.
 */
@Component
public class ScopeDescriptions {

    private final NetworkAdministration network;
    private final ProgramDirectory programs;
    private final Messages messages;

    ScopeDescriptions(NetworkAdministration network, ProgramDirectory programs, Messages messages) {
        this.network = network;
        this.programs = programs;
        this.messages = messages;
    }

    /** Each user's id with their scope in words. */
    public Map<UUID, String> of(Collection<User> users) {
        Map<String, String> regions = network.comunasByRegion().stream()
                .collect(Collectors.toMap(RegionComunas::code, RegionComunas::name));
        // Only the programs these users work in: a page of users must not load the whole network.
        Set<UUID> programIds = users.stream().flatMap(u -> u.programIds().stream()).collect(Collectors.toSet());
        Map<UUID, String> programLabels = programs.summaries(programIds).stream()
                .collect(Collectors.toMap(ProgramSummary::id, ProgramSummary::label));
        return users.stream().collect(Collectors.toMap(User::id, u -> describe(u, regions, programLabels)));
    }

    private String describe(User user, Map<String, String> regions, Map<UUID, String> programLabels) {
        String detail = "";
        if (user.role() == Role.TERRITORIAL_MANAGER) {
            detail = regions.getOrDefault(user.regionCode(), user.regionCode());
        } else if (user.role().isProgramBound()) {
            detail = user.programIds().stream().map(programLabels::get).filter(Objects::nonNull).sorted()
                    .collect(Collectors.joining("; "));
        }
        return messages.get("scope." + user.role().name(), detail);
    }
}
