/**
 * What Circuito processes about children and families, and for how long: the one source of the register of
 * processing activities (Ley 21.719) and of the retention any disposal of records must follow.
 */
package cl.circuito.shared.privacy;
