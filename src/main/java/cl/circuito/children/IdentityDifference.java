package cl.circuito.children;

/**
 * A field where what was typed differs from the registry (accents, case and spaces aside).
 *
 * @param field the request's field: givenNames, paternalSurname, maternalSurname or birthDate
 * @param registered the registry's value as people read it (a date as dd-MM-yyyy)
 * @param typed what was typed, the same way
 */
public record IdentityDifference(String field, String registered, String typed) {
}
