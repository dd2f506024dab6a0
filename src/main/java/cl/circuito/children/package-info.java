/**
 * The child registry: one record per child across all programs, identified by RUT (módulo 11) when
 * the referral brings one, otherwise by names and birth date. Knowing it is the same child in two
 * programs is what later shows over-intervention.
 */
package cl.circuito.children;
