/**
 * The scorecards: each Mesa's indicators of functioning and process for a year
 * ({@link cl.circuito.implementation.scorecards.Scorecards}, from the Mesas' own records), marked green,
 * amber or red against the thresholds the national team sets
 * ({@link cl.circuito.implementation.scorecards.MonitoringThresholds}), for the Mesas of the scope the asker may see
 * ({@link cl.circuito.implementation.scorecards.ReportScopes}: a region or the country).
 */
package cl.circuito.implementation.scorecards;
