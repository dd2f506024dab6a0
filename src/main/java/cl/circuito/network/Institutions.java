package cl.circuito.network;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface Institutions extends JpaRepository<Institution, UUID> {

    List<Institution> findAllByOrderByNameAsc();

    Optional<Institution> findByNameIgnoreCase(String name);

    /** One page of institutions by name; {@code pattern} is a {@link cl.circuito.shared.SearchPattern}. */
    @Query(value = """
            select i from Institution i
             where lower(unaccent(i.name)) like lower(unaccent(:pattern)) escape '!'
             order by lower(unaccent(i.name)), i.id
            """, countQuery = """
            select count(i) from Institution i
             where lower(unaccent(i.name)) like lower(unaccent(:pattern)) escape '!'
            """)
    Page<Institution> search(String pattern, Pageable pageable);
}
