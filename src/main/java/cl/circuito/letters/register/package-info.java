/**
 * The register of issued oficios (filtered, searched, exported as a spreadsheet, with each year's numbers and any
 * missing one) and their retention: five years after issue a letter is listed for disposal, and disposal, an
 * explicit and audited act, erases its text, its children's names and its PDF but keeps its number.
 */
package cl.circuito.letters.register;
