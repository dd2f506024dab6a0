package cl.circuito.waitinglist.priority;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

interface PriorityInstrumentVersions extends JpaRepository<PriorityInstrument, UUID> {

    Optional<PriorityInstrument> findFirstByCodeOrderByVersionNumberDesc(String code);

    boolean existsByCode(String code);

    @Query("select coalesce(max(i.versionNumber), 0) from PriorityInstrument i where i.code = ?1")
    int latestVersionNumber(String code);
}
