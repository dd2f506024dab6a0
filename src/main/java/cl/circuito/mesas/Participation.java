package cl.circuito.mesas;

/** Permanent members attend every session; occasional ones are convened when the Mesa needs them. */
public enum Participation {
    PERMANENT,
    OCCASIONAL
}
