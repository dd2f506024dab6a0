/** The access document's page action, the national team's search and the API. */
package cl.circuito.documents.access.web;
