/**
 * Single sign-on with OpenID Connect, as the pages see it: the providers a deployment configured and a refused
 * login. The login itself (recognising the person among the users) is in the module's base package.
 */
package cl.circuito.identity.sso;
