package cl.circuito.waitinglist;

import java.time.LocalDate;

/**
 * A child who was already in intervention in the program before it used Circuito, as typed on the form or
 * sent to the API: identified like a referral (RUT, or names and birth date).
 */
public record ExistingCase(String rut, String givenNames, String paternalSurname, String maternalSurname,
                           LocalDate birthDate, LocalDate admittedOn) {
}
