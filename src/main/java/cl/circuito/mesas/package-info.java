/**
 * Mesas de Gestión de Casos (the case boards of each comuna, per the Programa 24 Horas minuta): the Mesa
 * with its co-facilitators and members, its plan, its sessions (agenda from the standard structure,
 * invitations, attendance), the minutes written per agenda item and approved at the next session, the
 * agreements carried from session to session until closed, the case reviews (children by initials and age
 * only), and outreach and training activities. Who may do what is data, not role: {@link
 * cl.circuito.mesas.MesaAccess} derives each user's standing in a Mesa from its membership.
 *
 * <p>This package is the module's API (standing, headers, the directory, the year's figures and the enums they
 * and the use cases carry); each capability is a sub-package ({@code mesa}, {@code plan}, {@code sessions},
 * {@code agreements}, {@code cases}) with its own {@code web}, internal to the module.
 */
package cl.circuito.mesas;
