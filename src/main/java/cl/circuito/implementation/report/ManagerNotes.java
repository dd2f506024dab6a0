package cl.circuito.implementation.report;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface ManagerNotes extends JpaRepository<ManagerNote, UUID> {

    Optional<ManagerNote> findByYearAndRegionCode(int year, String regionCode);

    Optional<ManagerNote> findByYearAndRegionCodeIsNull(int year);
}
