/**
 * Alerts: what needs a user's attention (deadlines, judicial actions, monitoring behind plan,
 * admissions scheduled), gathered from every module's {@link cl.circuito.alerts.AlertSource}, shown
 * in the application and sent as a daily e-mail digest the user can turn off.
 */
package cl.circuito.alerts;
