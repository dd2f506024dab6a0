/** The pages and API of the templates, the letterhead and a program's letter settings. */
package cl.circuito.letters.templates.web;
