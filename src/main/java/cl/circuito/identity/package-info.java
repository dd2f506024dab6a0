/**
 * Users, roles and scope; login (hashed passwords, throttling, sessions in the database, two-factor
 * authentication, single sign-on with OpenID Connect where a deployment configures it), personal API tokens, and
 * the per-user limit on bulk exports. Provides the {@link cl.circuito.shared.security.CurrentActor} every service
 * asks "who is this, and what may they see". Personal API tokens live in {@code tokens}, two-factor
 * authentication in {@code twofactor}.
 */
package cl.circuito.identity;
