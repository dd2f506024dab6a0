package cl.circuito.demo;

import cl.circuito.children.Rut;

import java.time.LocalDate;
import java.util.List;

/** Invented children: names from common Chilean names, RUTs from an unused range, valid check digits. */
final class DemoChildren {

    private static final List<String> GIVEN = List.of("Sofía", "Benjamín", "Isidora", "Agustín", "Emilia", "Matías",
            "Josefa", "Vicente", "Florencia", "Tomás", "Antonella", "Joaquín", "Martina", "Maximiliano", "Catalina",
            "Lucas", "Agustina", "Cristóbal", "Valentina", "Gaspar", "Trinidad", "Facundo", "Amanda", "Bastián",
            "Ignacia", "Renato", "Javiera", "Alonso", "Constanza", "Damián");
    private static final List<String> SURNAMES = List.of("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto",
            "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández",
            "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez",
            "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ñancupil", "Huenchullán");
    private static final List<String> REASONS = List.of(
            "Medida de protección: vulneración de derechos por negligencia parental.",
            "Sospecha de maltrato físico reportada por el establecimiento educacional.",
            "Develación de abuso sexual; se requiere evaluación reparatoria.",
            "Niño testigo de violencia intrafamiliar constitutiva de delito.",
            "Derivación desde listado PSI 24 Horas por ingreso a unidad policial.",
            "Consumo problemático de drogas del adulto responsable.");

    private final LocalDate today;
    private int next;

    DemoChildren(LocalDate today) {
        this.today = today;
    }

    record Child(String rut, String givenNames, String paternalSurname, String maternalSurname, LocalDate birthDate,
                 String reason) {

        /** The same child, 18 on that day: a "turned 18" exit must agree with the birth date. */
        Child turning18On(LocalDate day) {
            return new Child(rut, givenNames, paternalSurname, maternalSurname, day.minusYears(18), reason);
        }
    }

    Child next() {
        int i = next++;
        String given = GIVEN.get(i % GIVEN.size());
        String paternal = SURNAMES.get((i * 7) % SURNAMES.size());
        String maternal = SURNAMES.get((i * 11 + 3) % SURNAMES.size());
        // Ages 2 to 16 as of today, so the demo stays valid whatever year it is loaded in.
        LocalDate birth = today.minusYears(2 + (i * 7) % 15).minusDays((i * 37) % 360);
        // Every fifth referral arrives without RUT: the child is identified by names and birth date.
        String rut = i % 5 == 4 ? null : rutFor(26_500_000 + i * 7_919);
        return new Child(rut, given, paternal, maternal, birth, REASONS.get(i % REASONS.size()));
    }

    private static String rutFor(int body) {
        for (char digit : "0123456789K".toCharArray()) {
            String candidate = body + "-" + digit;
            if (Rut.isValid(candidate)) {
                return Rut.parse(candidate).formatted();
            }
        }
        throw new IllegalStateException("Every RUT body has a check digit");
    }
}
