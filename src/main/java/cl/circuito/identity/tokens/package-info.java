/**
 * Personal API tokens: a user creates them on the account page, sees each secret once, and may revoke them; the
 * API's filter (in the module's base package) authenticates a request by its bearer token through
 * {@link cl.circuito.identity.tokens.ApiTokenManagement#authenticate}. Only the hash of a token is stored.
 */
package cl.circuito.identity.tokens;
