package cl.circuito.implementation.reflections;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface Reflections extends JpaRepository<Reflection, UUID> {

    Optional<Reflection> findByMesaIdAndYearAndSemester(UUID mesaId, int year, int semester);
}
