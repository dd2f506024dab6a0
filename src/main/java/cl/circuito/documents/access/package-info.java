/**
 * The child's access document (Ley 21.719, the right of access): everything Circuito holds about one child, within
 * the asker's scope, gathered from each module's read port and printed as one PDF; producing it is audited.
 */
package cl.circuito.documents.access;
