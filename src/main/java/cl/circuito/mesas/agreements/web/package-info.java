/**
 * The pages of a Mesa's agreements and of the agreements a user's institution answers for.
 */
package cl.circuito.mesas.agreements.web;
