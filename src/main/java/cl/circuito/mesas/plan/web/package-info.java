/**
 * The pages and API of a Mesa's plans and of its outreach and training activities.
 */
package cl.circuito.mesas.plan.web;
