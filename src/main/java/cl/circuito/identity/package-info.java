/**
 * Users, roles and scope; login (hashed passwords, throttling, sessions in the database, single
 * sign-on with OpenID Connect where a deployment configures it) and
 * personal API tokens. Provides the {@link cl.circuito.shared.security.CurrentActor} every service
 * asks "who is this, and what may they see". Personal API tokens live in {@code tokens}.
 */
package cl.circuito.identity;
