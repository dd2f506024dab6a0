package cl.circuito.mesas.cases;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface PresentationFormats extends JpaRepository<PresentationFormat, UUID> {

    @Query("select f from PresentationFormat f where f.national = true")
    PresentationFormat national();

    /** The national format and the Mesa's own, national first. */
    @Query("select f from PresentationFormat f where f.national = true or f.mesaId = ?1 order by f.national desc, f.name")
    List<PresentationFormat> usableBy(UUID mesaId);
}
