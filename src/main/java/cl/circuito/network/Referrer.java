package cl.circuito.network;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A referring body: a family court, an OPD, Carabineros' PSI 24 Horas list, a school, a health service… */
@Entity
class Referrer {

    @Id
    private UUID id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private ReferrerKind kind;
    private String name;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comuna_code")
    private Comuna comuna;
    private String address;
    private String email;
    private String phone;
    private boolean active = true;
    private Instant createdAt;

    protected Referrer() {
    }

    public Referrer(ReferrerKind kind, String name, Comuna comuna, String address, String email, String phone) {
        this.id = UUID.randomUUID();
        this.createdAt = Instant.now();
        update(kind, name, comuna, address, email, phone, true);
    }

    public void update(ReferrerKind kind, String name, Comuna comuna, String address, String email, String phone,
                       boolean active) {
        this.kind = kind;
        this.name = name.trim();
        this.comuna = comuna;
        this.address = address;
        this.email = email;
        this.phone = phone;
        this.active = active;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ReferrerKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Comuna comuna() {
        return comuna;
    }

    public String address() {
        return address;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public boolean active() {
        return active;
    }
}
