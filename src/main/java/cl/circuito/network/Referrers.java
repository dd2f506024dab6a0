package cl.circuito.network;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface Referrers extends JpaRepository<Referrer, UUID> {

    List<Referrer> findByActiveTrueOrderByKindAscNameAsc();

    @Query("select r from Referrer r left join fetch r.comuna order by r.kind, r.name")
    List<Referrer> findAllWithComuna();

    Optional<Referrer> findByKindAndNameIgnoreCase(ReferrerKind kind, String name);

    /** One page of referrers by kind, then name; a null criterion does not filter. */
    @Query(value = """
            select r from Referrer r left join fetch r.comuna
             where lower(unaccent(r.name)) like lower(unaccent(:pattern)) escape '!'
               and (:kind is null or r.kind = :kind)
             order by r.kind, lower(unaccent(r.name)), r.id
            """, countQuery = """
            select count(r) from Referrer r
             where lower(unaccent(r.name)) like lower(unaccent(:pattern)) escape '!'
               and (:kind is null or r.kind = :kind)
            """)
    Page<Referrer> search(String pattern, ReferrerKind kind, Pageable pageable);
}
