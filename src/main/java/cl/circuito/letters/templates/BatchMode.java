package cl.circuito.letters.templates;

/** How the monthly batch of estimated dates is written. Labels: {@code letters.batchMode.<NAME>}. */
public enum BatchMode {
    /** One letter per court (referrer) listing its children. */
    PER_COURT,
    /** One letter per child. */
    PER_CHILD
}
