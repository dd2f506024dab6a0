/**
 * Children in several programs at once (over-intervention): per Mesa, by initials and age, as candidates for a
 * case review (page and API {@code /mesas/{mesaId}/shared-children}), and on a program's own entry, where else the
 * child is ({@code /api/v1/entries/{entryId}/child-programs}). No program sees another program's case content.
 */
package cl.circuito.circuit.overlaps;
