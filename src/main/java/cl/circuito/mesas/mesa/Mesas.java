package cl.circuito.mesas.mesa;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface Mesas extends JpaRepository<Mesa, UUID> {

    boolean existsByComunaCode(String comunaCode);
}
