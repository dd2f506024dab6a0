/**
 * A Mesa's open social network: the actors of its map (institutions, programs, sectors, members of the Mesa or
 * not), their role in the circuit and their tie to the Mesa, the ties between them, the notes of the network
 * diagnosis ({@link cl.circuito.networkmap.map.NetworkMaps}), and the protocols agreed with other sectors
 * ({@link cl.circuito.networkmap.map.Protocols}). Every use case starts from the Mesa's standing, so a Mesa's map is
 * exactly as visible as the Mesa.
 */
package cl.circuito.networkmap.map;
