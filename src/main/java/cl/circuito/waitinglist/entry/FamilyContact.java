package cl.circuito.waitinglist.entry;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How the program reaches a child's family, as a user types it: the child's address (street, number, comuna by its
 * official CUT code), the responsible adult, their phones and e-mail, and how to contact them safely ("no llamar al
 * número del agresor"). Every part is optional: a referral often arrives without it.
 */
public record FamilyContact(String street, String streetNumber, String comunaCode, String adultName,
                            String adultRelationship, String phone, String otherPhone, String email,
                            String safetyNotes) {

    public static final FamilyContact NONE = new FamilyContact(null, null, null, null, null, null, null, null, null);

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern PHONE_DECORATION = Pattern.compile("[\\s.\\-()]");

    public boolean isEmpty() {
        return Stream.of(street, streetNumber, comunaCode, adultName, adultRelationship, phone, otherPhone, email,
                safetyNotes).allMatch(v -> v == null || v.isBlank());
    }

    /** The address without its comuna's name: street and number. Blank when there is no street. */
    public boolean hasAddress() {
        return street != null && !street.isBlank();
    }

    /**
     * The contact as it is kept: trimmed, blanks as nothing, phones written the one Chilean way
     * ({@code +56 9 1234 5678}). Refuses a phone or an e-mail that cannot be one, naming the field.
     */
    FamilyContact cleaned() {
        String cleanEmail = clean(email);
        if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
            throw EntryRuleViolation.invalid("email", "error.contact.email");
        }
        if (clean(streetNumber) != null && !hasAddress()) {
            throw EntryRuleViolation.invalid("street", "error.contact.streetRequired");
        }
        return new FamilyContact(clean(street), clean(streetNumber), clean(comunaCode), clean(adultName),
                clean(adultRelationship), phone("phone", phone), phone("otherPhone", otherPhone),
                cleanEmail == null ? null : cleanEmail.toLowerCase(), clean(safetyNotes));
    }

    /**
     * A Chilean phone, loosely: with or without +56, spaces, dots, dashes or parentheses, it must come to 9 digits — a
     * mobile (9 …) or a landline with its area code (2 2xxx xxxx in Santiago, 32 xxx xxxx in Valparaíso…).
     */
    static String phone(String field, String typed) {
        String value = clean(typed);
        if (value == null) {
            return null;
        }
        String digits = PHONE_DECORATION.matcher(value).replaceAll("");
        if (digits.startsWith("+56")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("56") && digits.length() == 11) {
            digits = digits.substring(2);
        }
        if (!digits.matches("[2-9]\\d{8}")) {
            throw EntryRuleViolation.invalid(field, "error.contact.phone");
        }
        if (digits.charAt(0) == '9' || digits.charAt(0) == '2') {
            return "+56 " + digits.charAt(0) + " " + digits.substring(1, 5) + " " + digits.substring(5);
        }
        return "+56 " + digits.substring(0, 2) + " " + digits.substring(2, 5) + " " + digits.substring(5);
    }

    /** The same address (street, number and comuna), whatever the spacing. */
    public boolean sameAddressAs(FamilyContact other) {
        return Objects.equals(clean(street), clean(other.street))
                && Objects.equals(clean(streetNumber), clean(other.streetNumber))
                && Objects.equals(clean(comunaCode), clean(other.comunaCode));
    }

    /** This contact with another address, the rest unchanged. */
    public FamilyContact withAddress(String newStreet, String newNumber, String newComunaCode) {
        return new FamilyContact(newStreet, newNumber, newComunaCode, adultName, adultRelationship, phone, otherPhone,
                email, safetyNotes);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
