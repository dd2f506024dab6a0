package cl.circuito.network;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A kind of program (PRM, PPF, OPD…) or a sector that takes part in Mesas (health, education…). */
@Entity
public class Modality {

    public enum Kind {
        PROGRAM, SECTOR;

        // What a page asks of a value ("${entry.status.isWaiting()}"), instead of comparing names.
        public boolean isProgram() {
            return this == PROGRAM;
        }

        public boolean isSector() {
            return this == SECTOR;
        }
    }

    @Id
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String description;

    protected Modality() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }
}
