package cl.circuito.children;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface Children extends JpaRepository<Child, UUID> {

    Optional<Child> findByRut(String canonicalRut);

    List<Child> findAllByRutIn(Collection<String> canonicalRuts);

    /**
     * The child without RUT with these names and birth date, compared as the unique index compares them
     * ({@code child_name_key()}, V30: accents, case and extra spaces ignored). Records marked as probable
     * duplicates by V30 are not the registry's answer.
     */
    @Query(value = """
            select * from child
             where rut is null and duplicate_of is null
               and child_name_key(given_names, paternal_surname, maternal_surname)
                   = child_name_key(cast(:givenNames as text), cast(:paternalSurname as text), cast(:maternalSurname as text))
               and birth_date = :birthDate
            """, nativeQuery = true)
    Optional<Child> findUnidentified(String givenNames, String paternalSurname, String maternalSurname,
                                     LocalDate birthDate);

    /** @return 1 when inserted; 0 when a child with this RUT, or these names and birth date, already exists */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            insert into child (id, version, rut, given_names, paternal_surname, maternal_surname, birth_date,
                               created_at, created_by)
            values (:id, 0, :rut, :givenNames, :paternalSurname, :maternalSurname, :birthDate, :createdAt, :createdBy)
            on conflict do nothing
            """, nativeQuery = true)
    int insertUnlessKnown(UUID id, String rut, String givenNames, String paternalSurname, String maternalSurname,
                          LocalDate birthDate, Instant createdAt, UUID createdBy);
}
