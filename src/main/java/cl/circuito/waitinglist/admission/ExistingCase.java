package cl.circuito.waitinglist.admission;

import cl.circuito.children.IdentityChoice;
import cl.circuito.children.IdentityConfirmation;

import java.time.LocalDate;

/**
 * A child who was already in intervention in the program before it used Circuito, as typed on the form or
 * sent to the API: identified like a referral (RUT, or names and birth date), with the same answer when the
 * RUT is registered with other names or birth date.
 */
public record ExistingCase(String rut, String givenNames, String paternalSurname, String maternalSurname,
                           LocalDate birthDate, LocalDate admittedOn, IdentityChoice identityChoice,
                           String identityCorrectionReason) {

    /** A case whose identity has not been confirmed against the registry (a difference is then refused). */
    public ExistingCase(String rut, String givenNames, String paternalSurname, String maternalSurname,
                        LocalDate birthDate, LocalDate admittedOn) {
        this(rut, givenNames, paternalSurname, maternalSurname, birthDate, admittedOn, null, null);
    }

    public IdentityConfirmation identityConfirmation() {
        return new IdentityConfirmation(identityChoice, identityCorrectionReason);
    }
}
