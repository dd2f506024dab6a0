package cl.circuito.children;

import java.time.LocalDate;

/**
 * How a referral identifies a child: by RUT when it has one (names still needed to address people),
 * otherwise by names and birth date.
 */
public record ChildIdentity(Rut rut, String givenNames, String paternalSurname, String maternalSurname,
                            LocalDate birthDate) {
}
