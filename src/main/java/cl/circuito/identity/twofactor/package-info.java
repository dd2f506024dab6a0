/**
 * Two-factor authentication for local accounts: a TOTP secret per user (an authenticator app's six digits every
 * 30 seconds), confirmed with a first code, and ten one-time recovery codes kept as hashes. The login asks for a
 * code after the password (identity.TwoFactorLogin); ADMIN, NATIONAL_TEAM and TERRITORIAL_MANAGER must enrol, and
 * everyone with {@code circuito.security.require-two-factor-for-all}.
 */
package cl.circuito.identity.twofactor;
