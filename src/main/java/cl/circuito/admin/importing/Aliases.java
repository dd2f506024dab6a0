package cl.circuito.admin.importing;

import java.util.List;

/** The names several kinds of sheet give the same columns. */
final class Aliases {

    static final List<String> ADDRESS = List.of("Dirección", "Domicilio", "Dirección del programa");
    static final List<String> PHONE = List.of("Teléfono", "Telefono contacto", "Teléfono de contacto", "Fono",
            "Teléfonos");
    static final List<String> EMAIL = List.of("Correo", "Correo electrónico", "E-mail", "Email", "Mail",
            "Correo de contacto");
    static final List<String> COMUNA = List.of("Comuna", "Código comuna", "Cod. comuna", "Comuna (código)",
            "Código de comuna", "CUT", "CUT comuna");

    private Aliases() {
    }
}
