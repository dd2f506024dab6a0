/** The network page (the graph drawn in the browser and the tables under it), the protocols pages, and their API. */
package cl.circuito.networkmap.map.web;
