/**
 * Web pieces several capabilities of the Mesas share: the form runner the minutes and agreements pages use to
 * turn a rule's refusal into field errors, and the failure it carries. The navigation and shared fields are templates: {@code templates/mesas/{nav,fields}.html}.
 */
package cl.circuito.mesas.web;
