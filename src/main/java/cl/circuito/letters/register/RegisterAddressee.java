package cl.circuito.letters.register;

import java.util.UUID;

/** A referrer a program has written to: the register's addressee filter offers these. */
record RegisterAddressee(UUID id, String name) {
}
