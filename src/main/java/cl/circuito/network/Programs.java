package cl.circuito.network;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface Programs extends JpaRepository<Program, UUID> {

    @Query("select p from Program p join fetch p.institution join fetch p.modality join fetch p.comuna c join fetch c.region order by p.name")
    List<Program> findAllOrdered();

    @Query("select p from Program p join fetch p.institution join fetch p.modality join fetch p.comuna c join fetch c.region where c.region.code = ?1 order by p.name")
    List<Program> findByRegion(String regionCode);

    // SUPPORTS: one statement, read outside any transaction when none is running (a page's programs: no BEGIN
    // and COMMIT around it).
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    @Query("select p from Program p join fetch p.institution join fetch p.modality join fetch p.comuna c join fetch c.region where p.id in ?1 order by p.name")
    List<Program> findByIds(Collection<UUID> ids);

    /** The program with everything its summary names, in one statement. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    @Query("select p from Program p join fetch p.institution join fetch p.modality join fetch p.comuna c join fetch c.region where p.id = ?1")
    Optional<Program> findWithDetails(UUID id);

    Optional<Program> findByInstitution_IdAndNameIgnoreCase(UUID institutionId, String name);

    List<Program> findByInstitution_Id(UUID institutionId);

    @Query("select p from Program p join fetch p.institution join fetch p.modality join fetch p.comuna c join fetch c.region where lower(p.code) = lower(?1)")
    Optional<Program> findByCode(String code);

    /**
     * One page of programs by name; {@code pattern} (a {@link cl.circuito.shared.SearchPattern}) is
     * looked for in the program's and the institution's names, accents and case ignored. A null
     * criterion does not filter.
     */
    @Query(value = """
            select p from Program p join fetch p.institution i join fetch p.modality m
                   join fetch p.comuna c join fetch c.region r
             where (lower(unaccent(p.name)) like lower(unaccent(:pattern)) escape '!'
                    or lower(unaccent(i.name)) like lower(unaccent(:pattern)) escape '!')
               and (:regionCode is null or r.code = :regionCode)
               and (:modalityCode is null or m.code = :modalityCode)
             order by lower(unaccent(p.name)), lower(unaccent(i.name)), p.id
            """, countQuery = """
            select count(p) from Program p join p.institution i join p.comuna c
             where (lower(unaccent(p.name)) like lower(unaccent(:pattern)) escape '!'
                    or lower(unaccent(i.name)) like lower(unaccent(:pattern)) escape '!')
               and (:regionCode is null or c.region.code = :regionCode)
               and (:modalityCode is null or p.modality.code = :modalityCode)
            """)
    Page<Program> search(String pattern, String regionCode, String modalityCode, Pageable pageable);
}
