/**
 * The cases a Mesa follows and their reviews at its sessions, children known by initials and age only (never a
 * RUT or a name), the presentation formats the reviews answer, and how long the Mesa keeps its closed cases: at the
 * end of those years a case is disposed of ({@code DisposableRecords} of {@code RecordKind.MESA_CASE_REVIEWS}),
 * keeping only what the Mesa's figures count.
 */
package cl.circuito.mesas.cases;
