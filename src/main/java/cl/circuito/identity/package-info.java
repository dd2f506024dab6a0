/**
 * Users, roles and scope; login (hashed passwords, throttling, sessions in the database) and
 * personal API tokens. Provides the {@link cl.circuito.shared.security.CurrentActor} every service
 * asks "who is this, and what may they see". Personal API tokens live in {@code tokens}.
 */
package cl.circuito.identity;
