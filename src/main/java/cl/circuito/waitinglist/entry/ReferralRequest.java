package cl.circuito.waitinglist.entry;

import cl.circuito.children.IdentityChoice;
import cl.circuito.children.IdentityConfirmation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral as typed on the form or sent to the API, before the rules are checked.
 *
 * @param rut                      the child's RUT as typed (dots, dash, K/k accepted), or blank when the referral has none
 * @param identityChoice           the user's answer when the RUT is registered with other names or birth date;
 *                                 null until asked
 * @param identityCorrectionReason why the registry is corrected (with {@link IdentityChoice#CORRECT_REGISTERED})
 * @param contact                  how the program will reach the family (all optional)
 * @param courtOrderedOn           the day the family court ordered the referral (its resolution), when known
 */
public record ReferralRequest(String rut, String givenNames, String paternalSurname, String maternalSurname,
                              LocalDate birthDate, UUID referrerId, String courtRit, String courtRuc, String reason,
                              LocalDate receivedOn, Boolean backgroundSufficient, List<IncomingFile> attachments,
                              IdentityChoice identityChoice, String identityCorrectionReason,
                              FamilyContact contact, LocalDate courtOrderedOn) {

    public ReferralRequest {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        contact = contact == null ? FamilyContact.NONE : contact;
    }

    /** A referral whose identity has not been confirmed against the registry (a difference is then refused). */
    public ReferralRequest(String rut, String givenNames, String paternalSurname, String maternalSurname,
                           LocalDate birthDate, UUID referrerId, String courtRit, String courtRuc, String reason,
                           LocalDate receivedOn, Boolean backgroundSufficient, List<IncomingFile> attachments) {
        this(rut, givenNames, paternalSurname, maternalSurname, birthDate, referrerId, courtRit, courtRuc, reason,
                receivedOn, backgroundSufficient, attachments, null, null, FamilyContact.NONE, null);
    }

    /** The same referral with the family's contact. */
    public ReferralRequest withContact(FamilyContact familyContact) {
        return new ReferralRequest(rut, givenNames, paternalSurname, maternalSurname, birthDate, referrerId, courtRit,
                courtRuc, reason, receivedOn, backgroundSufficient, attachments, identityChoice,
                identityCorrectionReason, familyContact, courtOrderedOn);
    }

    /** The same referral with the date of the court's resolution. */
    public ReferralRequest withCourtOrderedOn(LocalDate orderedOn) {
        return new ReferralRequest(rut, givenNames, paternalSurname, maternalSurname, birthDate, referrerId, courtRit,
                courtRuc, reason, receivedOn, backgroundSufficient, attachments, identityChoice,
                identityCorrectionReason, contact, orderedOn);
    }

    public IdentityConfirmation identityConfirmation() {
        return new IdentityConfirmation(identityChoice, identityCorrectionReason);
    }
}
