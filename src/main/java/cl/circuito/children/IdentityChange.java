package cl.circuito.children;

/**
 * A field of a child's identity the registry learned or corrected, for the caller's audit trail.
 *
 * @param field  givenNames, paternalSurname, maternalSurname, birthDate or rut (the request's names, as
 *               {@link IdentityDifference} uses them)
 * @param before the registry's value until now (a {@link Rut}, a name, a date), null when it had none
 * @param after  its value from now on
 */
public record IdentityChange(String field, Object before, Object after) {
}
