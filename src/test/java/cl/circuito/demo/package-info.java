/**
 * Fictional demo data for the local run: a region with two comunas, an institution with a PRM and a
 * PPF, an OPD and an EDT, a user per role, and about forty children in every state of the waiting
 * list. Never active in production. Every name and RUT here is invented.
 */
package cl.circuito.demo;
