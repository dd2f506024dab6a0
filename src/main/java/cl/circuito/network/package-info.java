/**
 * The network: regions and comunas (official CUT codes), institutions, program modalities (data,
 * not code), programs with their agreed capacity, and the referring bodies. Answers which programs an
 * {@link cl.circuito.shared.security.AccessScope} covers: every scoped query starts here.
 */
package cl.circuito.network;
