package cl.circuito.waitinglist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral as typed on the form or sent to the API, before the rules are checked.
 *
 * @param rut the child's RUT as typed (dots, dash, K/k accepted), or blank when the referral has none
 */
public record ReferralRequest(String rut, String givenNames, String paternalSurname, String maternalSurname,
                              LocalDate birthDate, UUID referrerId, String courtRit, String courtRuc, String reason,
                              LocalDate receivedOn, Boolean backgroundSufficient, List<IncomingFile> attachments) {

    public ReferralRequest {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
