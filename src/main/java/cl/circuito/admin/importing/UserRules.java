package cl.circuito.admin.importing;

import cl.circuito.identity.User;
import cl.circuito.identity.UserAdministration;
import cl.circuito.identity.UserAdministration.UserDetails;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static cl.circuito.admin.importing.InstitutionRules.differs;

/**
 * Users, recognised by their e-mail, which becomes their username. Each new user gets an e-mail with a link to
 * choose their password. The role is written as the pages name it ("Director(a) de programa", "Directora de
 * programa"); programs by their codes, separated by commas or semicolons; a territorial manager's region by name or
 * code.
 */
@Component
class UserRules implements KindRules {

    private final UserAdministration users;
    private final NetworkAdministration network;
    private final Messages messages;

    UserRules(UserAdministration users, NetworkAdministration network, Messages messages) {
        this.users = users;
        this.network = network;
        this.messages = messages;
    }

    @Override
    public NetworkImportKind kind() {
        return NetworkImportKind.USERS;
    }

    @Override
    public Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        aliases.put("fullName", List.of("Nombre", "Nombre completo", "Nombres y apellidos", "Nombre y apellido",
                "Funcionario", "Funcionaria"));
        aliases.put("email", Aliases.EMAIL);
        aliases.put("role", List.of("Rol", "Perfil", "Rol en Circuito"));
        aliases.put("programs", List.of("Programas", "Programa", "Códigos de programas", "Código programa",
                "Códigos programas", "Cod. proyecto", "Código proyecto"));
        aliases.put("region", List.of("Región", "Region", "Código región"));
        aliases.put("position", List.of("Cargo", "Función", "Profesión"));
        return aliases;
    }

    @Override
    public Set<String> required() {
        return Set.of("fullName", "email", "role");
    }

    @Override
    public Planned plan(Actor actor, SheetRow row, Reference reference) {
        String fullName = row.required("fullName", 200);
        String email = row.email("email", true);
        String position = row.optional("position", 200);
        Role role = null;
        if (row.text("role").isEmpty()) {
            row.problem("role", "networkImport.problem.required");
        } else {
            role = reference.role(row.text("role")).orElse(null);
            if (role == null) {
                row.problem("role", "networkImport.problem.unknownRole", row.text("role"));
            } else if (!UserAdministration.mayGrant(actor, role)) {
                row.problem("role", "networkImport.problem.roleNotYours", messages.get("role." + role.name()));
            }
        }
        Set<UUID> programIds = new LinkedHashSet<>();
        List<String> codes = new ArrayList<>();
        for (String code : row.text("programs").split("[,;]")) {
            if (!code.isBlank()) {
                codes.add(code.strip());
                Optional<UUID> program = network.programIdWithCode(actor, code.strip());
                if (program.isEmpty()) {
                    row.problem("programs", "networkImport.problem.unknownProgram", code.strip());
                }
                program.ifPresent(programIds::add);
            }
        }
        String region = null;
        if (!row.text("region").isEmpty()) {
            region = reference.region(row.text("region")).orElse(null);
            if (region == null) {
                row.problem("region", "networkImport.problem.unknownRegion", row.text("region"));
            }
        }
        String key = email == null ? null : email.toLowerCase(Locale.ROOT);
        String description = (fullName == null ? row.text("fullName") : fullName)
                + (email == null ? "" : " <" + email + ">");
        if (email != null) {
            List<User> existing = users.withEmail(actor, email);
            if (!existing.isEmpty()) {
                User u = existing.get(0);
                List<String> notes = new ArrayList<>();
                differs(notes, row, "fullName", u.fullName(), fullName);
                differs(notes, row, "role", messages.get("role." + u.role().name()),
                        role == null ? null : messages.get("role." + role.name()));
                return new Planned("email", key, u.fullName() + " <" + u.email() + ">", notes, true, null);
            }
        }
        if (key != null && users.usernameTaken(actor, key)) {
            row.problem("email", "networkImport.problem.usernameTaken", email);
        }
        if (role != null && role.isProgramBound() && codes.isEmpty()) {
            row.problem("programs", "networkImport.problem.programsRequired", messages.get("role." + role.name()));
        }
        if (role == Role.TERRITORIAL_MANAGER && region == null && row.text("region").isEmpty()) {
            row.problem("region", "networkImport.problem.regionRequired");
        }
        if (fullName == null || email == null || role == null || !row.problems().isEmpty()) {
            return Planned.refused("email", key, description);
        }
        UserDetails details = new UserDetails(key, fullName, email, position, role, region, programIds);
        return new Planned("email", key, description, List.of(), false, () -> users.invite(actor, details));
    }
}
