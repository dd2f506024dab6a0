package cl.circuito.alerts;

/** One user's digest, ready to go: plain text and the same in simple HTML. */
record DigestMail(String to, String subject, String text, String html) {
}
