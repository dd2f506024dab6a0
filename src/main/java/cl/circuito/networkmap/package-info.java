/**
 * The open social network around each Mesa (the minuta's "gestión y práctica de la red social abierta"):
 * the network map of actors (institutions, programs, sectors, members of the Mesa or not), their role in
 * the circuit, their tie to the Mesa and the ties between them, the notes of the network diagnosis, and the
 * protocols agreed with other sectors (like Coquimbo's suicide-risk protocol with health). Access is the
 * Mesa's: {@link cl.circuito.mesas.MesaAccess}. The base package holds the module's API only
 * ({@link cl.circuito.networkmap.ProtocolFigures}, which the implementation monitoring counts); the map, the notes and
 * the protocols live in {@code map}, with its {@code web}.
 */
package cl.circuito.networkmap;
