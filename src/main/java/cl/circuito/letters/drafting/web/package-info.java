/** The letters' tray, a letter's page, an entry's letters, the monthly batch, and their API. */
package cl.circuito.letters.drafting.web;
