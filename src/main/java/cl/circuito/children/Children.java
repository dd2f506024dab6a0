package cl.circuito.children;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface Children extends JpaRepository<Child, UUID> {

    Optional<Child> findByRut(String canonicalRut);

    /** Children without RUT are matched on names (accents and case ignored) and birth date. */
    @Query(value = """
            select * from child
             where rut is null
               and birth_date = :birthDate
               and lower(unaccent(given_names)) = lower(unaccent(:givenNames))
               and lower(unaccent(paternal_surname)) = lower(unaccent(:paternalSurname))
               and lower(unaccent(coalesce(maternal_surname, ''))) = lower(unaccent(coalesce(:maternalSurname, '')))
            """, nativeQuery = true)
    List<Child> findUnidentified(String givenNames, String paternalSurname, String maternalSurname, LocalDate birthDate);
}
