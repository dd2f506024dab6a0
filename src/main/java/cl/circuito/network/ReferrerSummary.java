package cl.circuito.network;

import java.util.UUID;

public record ReferrerSummary(UUID id, ReferrerKind kind, String name, String comunaName, String email,
                              String address, boolean active) {

    static ReferrerSummary of(Referrer r) {
        return new ReferrerSummary(r.id(), r.kind(), r.name(), r.comuna() == null ? null : r.comuna().name(),
                r.email(), r.address(), r.active());
    }
}
