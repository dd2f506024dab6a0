package cl.circuito.waitinglist.entry;

/** A file as uploaded, before any check: what the user says it is is not trusted. */
public record IncomingFile(String fileName, String declaredContentType, byte[] bytes) {
}
