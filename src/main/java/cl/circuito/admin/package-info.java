/**
 * The administrator's pages: institutions, programs and their directors, referring bodies, and
 * users with their roles and scope, and bringing the network in from a sheet (institutions, programs, referring
 * bodies and users, invited by e-mail). It owns no data: it drives the network's
 * {@link cl.circuito.network.NetworkAdministration} and identity's
 * {@link cl.circuito.identity.UserAdministration}, and is the one place that joins the two (a
 * program's director is a network fact about an identity user). Every page requires the ADMIN role,
 * except the import (`importing`), which the national team also uses; the services check the permissions again.
 */
package cl.circuito.admin;
