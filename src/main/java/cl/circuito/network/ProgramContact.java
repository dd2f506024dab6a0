package cl.circuito.network;

import java.util.regex.Pattern;

/**
 * How a program is reached: its address, phone and e-mail. The not-eligible oficio gives them for the more
 * pertinent program, so the referrer can turn to it. Each part is optional; what is given must be usable.
 *
 * @param address a street address ("Av. Libertad 1234, oficina 5"); the program's comuna is added where printed
 * @param phone   a Chilean number, 9 digits with or without +56 ("+56 42 221 0000"), written as typed
 * @param email   an address with a domain ("contacto@prm.cl")
 */
public record ProgramContact(String address, String phone, String email) {

    public static final int MAX_ADDRESS = 300;
    public static final int MAX_PHONE = 50;
    public static final int MAX_EMAIL = 200;
    /** Blanks, dots, dashes and parentheses group the digits; they do not count. */
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()\\-]");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

    public static final ProgramContact NONE = new ProgramContact(null, null, null);

    /** Blank parts are absent; the rest is trimmed. */
    public ProgramContact {
        address = clean(address);
        phone = clean(phone);
        email = clean(email);
    }

    public boolean isEmpty() {
        return address == null && phone == null && email == null;
    }

    /** Refuses a part that could not be used to reach the program, naming its field. */
    void requireUsable() {
        if (address != null) {
            if (address.length() > MAX_ADDRESS) {
                throw new InvalidNetworkData("address", "error.network.tooLong", MAX_ADDRESS);
            }
            if (cl.circuito.shared.validation.NoMarkup.Validator.containsMarkup(address)) {
                throw new InvalidNetworkData("address", "error.network.markup");
            }
        }
        if (phone != null && (phone.length() > MAX_PHONE || !isChileanPhone(phone))) {
            throw new InvalidNetworkData("phone", "error.network.phone");
        }
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new InvalidNetworkData("email", "error.network.email");
        }
    }

    /** Nine digits (every Chilean number since 2016), optionally after +56 or 56. */
    static boolean isChileanPhone(String phone) {
        String digits = PHONE_SEPARATORS.matcher(phone).replaceAll("");
        if (digits.startsWith("+")) {
            if (!digits.startsWith("+56")) {
                return false;
            }
            digits = digits.substring(3);
        } else if (digits.length() == 11 && digits.startsWith("56")) {
            digits = digits.substring(2);
        }
        return digits.length() == 9 && digits.chars().allMatch(Character::isDigit);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
