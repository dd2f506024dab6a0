package cl.circuito.children;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A child or adolescent (NNA) known to the network. */
@Entity
public class Child {

    @Id
    private UUID id;
    @Version
    private long version;
    private String rut;
    private String givenNames;
    private String paternalSurname;
    private String maternalSurname;
    private LocalDate birthDate;
    private Instant createdAt;
    private UUID createdBy;
    /**
     * Set by V30 on a child without RUT registered again before the registry enforced one record per names and
     * birth date: the earlier record it probably repeats. Such a record is left for a person to resolve.
     */
    private UUID duplicateOf;

    protected Child() {
    }

    Child(ChildIdentity identity, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        this.createdBy = createdBy;
        apply(identity);
    }

    void apply(ChildIdentity identity) {
        this.rut = identity.rut() == null ? null : identity.rut().canonical();
        this.givenNames = identity.givenNames().trim();
        this.paternalSurname = identity.paternalSurname().trim();
        this.maternalSurname = identity.maternalSurname() == null || identity.maternalSurname().isBlank() ? null
                : identity.maternalSurname().trim();
        this.birthDate = identity.birthDate();
    }

    ChildIdentity identity() {
        return new ChildIdentity(rut == null ? null : Rut.parse(rut), givenNames, paternalSurname, maternalSurname,
                birthDate);
    }

    public UUID id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /** The RUT as people read it, or null when the child has none registered. */
    public String rut() {
        return rut == null ? null : Rut.parse(rut).formatted();
    }

    public String givenNames() {
        return givenNames;
    }

    public String paternalSurname() {
        return paternalSurname;
    }

    public String maternalSurname() {
        return maternalSurname;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The earlier record this one probably repeats (same names and birth date, both without RUT), or null. */
    public UUID possibleDuplicateOf() {
        return duplicateOf;
    }

    public String fullName() {
        return ChildNames.full(givenNames, paternalSurname, maternalSurname);
    }

    /** "M. J. P. S.": how Mesa minutes and views name a child — never the full name or RUT. */
    public String initials() {
        return ChildNames.initials(givenNames, paternalSurname, maternalSurname);
    }

    /** Age in whole years on a date, or null when the birth date is unknown. */
    public Integer ageOn(LocalDate date) {
        return ChildNames.age(birthDate, date);
    }
}
