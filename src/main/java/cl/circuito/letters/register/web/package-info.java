/** The register's and the retention's pages and API. */
package cl.circuito.letters.register.web;
