package cl.circuito.letters.drafting;

import java.util.UUID;

/** Who a letter is addressed to: the referring body (a court is addressed as such, with RIT and RUC). */
public record Recipient(UUID referrerId, String name, boolean court) {
}
