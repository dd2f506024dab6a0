package cl.circuito.mesas.mesa;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface MesaMembers extends JpaRepository<MesaMember, UUID> {

    /** A member only within its Mesa: an id from another Mesa is not found. */
    Optional<MesaMember> findByIdAndMesaId(UUID id, UUID mesaId);

    @Query("select m from MesaMember m where m.mesaId = ?1 order by m.leftOn nulls first, m.coFacilitator desc, m.participation, m.name")
    List<MesaMember> findAllOfMesa(UUID mesaId);

    @Query("select m from MesaMember m where m.mesaId = ?1 and m.leftOn is null order by m.coFacilitator desc, m.participation, m.name")
    List<MesaMember> findCurrent(UUID mesaId);
}
