/**
 * The yearly report, regional or national, laid out like the source's minuta (presentation, functioning, process,
 * conclusions): composed once from the scorecards, the semester reflections and the managers' notes, and rendered
 * twice, as PDF and as Word, so the two never disagree. The managers' notes are written for it.
 */
package cl.circuito.implementation.report;
