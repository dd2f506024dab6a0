package cl.circuito.network;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
class Region {

    @Id
    private String code;
    private String name;

    protected Region() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
