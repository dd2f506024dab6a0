package cl.circuito.letters;

import java.util.UUID;

/** A referrer a program has written to: the register's addressee filter offers these. */
public record RegisterAddressee(UUID id, String name) {
}
