package cl.circuito.documents.exports;

/** A generated file: its name as the user saves it (accents kept) and its bytes. */
public record Document(String fileName, byte[] content) {
}
