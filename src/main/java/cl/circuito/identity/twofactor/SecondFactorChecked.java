package cl.circuito.identity.twofactor;

import java.util.UUID;

/**
 * The code step of a login was tried: identity's login throttling counts a wrong code as it counts a wrong
 * password (the account locks after as many), and a right one ends the count.
 */
public record SecondFactorChecked(UUID userId, boolean right) {
}
