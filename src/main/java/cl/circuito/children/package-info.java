/**
 * The child registry: one record per child across all programs, identified by RUT (módulo 11) when
 * the referral brings one, otherwise by names and birth date — both held by unique indexes, so two people
 * registering the same child at once get one record. Knowing it is the same child in two programs is what
 * later shows over-intervention. What a user typed is never silently overruled by the registry: a difference
 * is refused ({@link cl.circuito.children.ChildIdentityMismatch}) until the user says which is right.
 */
package cl.circuito.children;
