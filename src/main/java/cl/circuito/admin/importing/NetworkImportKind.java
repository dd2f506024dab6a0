package cl.circuito.admin.importing;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Locale;
import java.util.Optional;

/** What a sheet brings in. Each kind is imported on its own, institutions before their programs, programs before users. */
@Schema(name = "NetworkImportKind", description = "Qué se importa: instituciones, programas, organismos derivadores o usuarios")
public enum NetworkImportKind {
    INSTITUTIONS,
    PROGRAMS,
    REFERRERS,
    USERS;

    /** "programs": as the kind appears in addresses. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NetworkImportKind> ofPath(String path) {
        for (NetworkImportKind kind : values()) {
            if (kind.path().equals(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The purpose its uploads are kept under ({@code shared.tables.Uploads}). */
    String purpose() {
        return "network-import-" + path();
    }
}
