package cl.circuito.network;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An institución colaboradora (a foundation, a municipality) that runs programs. */
@Entity
class Institution {

    @Id
    private UUID id;
    @Version
    private long version;
    private String name;
    private String rut;
    private String address;
    private String phone;
    private String email;
    private Instant createdAt;

    protected Institution() {
    }

    public Institution(String name, String rut, String address, String phone, String email) {
        this.id = UUID.randomUUID();
        this.createdAt = Instant.now();
        update(name, rut, address, phone, email);
    }

    public void update(String name, String rut, String address, String phone, String email) {
        this.name = name.trim();
        this.rut = rut;
        this.address = address;
        this.phone = phone;
        this.email = email;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String rut() {
        return rut;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }
}
