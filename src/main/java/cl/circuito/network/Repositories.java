package cl.circuito.network;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface Programs extends JpaRepository<Program, UUID> {

    @Query("select p from Program p join fetch p.institution join fetch p.comuna c join fetch c.region order by p.name")
    List<Program> findAllOrdered();

    @Query("select p from Program p join fetch p.institution join fetch p.comuna c join fetch c.region where c.region.code = ?1 order by p.name")
    List<Program> findByRegion(String regionCode);

    @Query("select p from Program p join fetch p.institution join fetch p.comuna c join fetch c.region where p.id in ?1 order by p.name")
    List<Program> findByIds(Collection<UUID> ids);

    Optional<Program> findByInstitution_IdAndNameIgnoreCase(UUID institutionId, String name);
}

interface Institutions extends JpaRepository<Institution, UUID> {

    List<Institution> findAllByOrderByNameAsc();

    Optional<Institution> findByNameIgnoreCase(String name);
}

interface Referrers extends JpaRepository<Referrer, UUID> {

    List<Referrer> findAllByOrderByKindAscNameAsc();

    List<Referrer> findByActiveTrueOrderByKindAscNameAsc();

    @Query("select r from Referrer r left join fetch r.comuna order by r.kind, r.name")
    List<Referrer> findAllWithComuna();

    Optional<Referrer> findByKindAndNameIgnoreCase(ReferrerKind kind, String name);
}

interface Comunas extends JpaRepository<Comuna, String> {

    @Query("select c from Comuna c join fetch c.region order by c.region.code, c.name")
    List<Comuna> findAllOrdered();
}

interface Modalities extends JpaRepository<Modality, String> {

    List<Modality> findAllByOrderByKindAscCodeAsc();
}
