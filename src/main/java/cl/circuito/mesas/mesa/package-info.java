/**
 * A Mesa's setup: founding it, its settings, its members (and which of them co-facilitate) with their
 * representatives and the history of both. Every other capability of the module hangs off a {@link
 * cl.circuito.mesas.mesa.Mesa} and its {@link cl.circuito.mesas.mesa.MesaMember}s.
 */
package cl.circuito.mesas.mesa;
