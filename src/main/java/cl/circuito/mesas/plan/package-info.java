/**
 * A Mesa's semester and yearly plans (objectives, activities and their progress) and the outreach and training
 * activities it records, each with a member responsible.
 */
package cl.circuito.mesas.plan;
