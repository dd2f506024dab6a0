package cl.circuito.network;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface Comunas extends JpaRepository<Comuna, String> {

    @Query("select c from Comuna c join fetch c.region order by c.region.code, c.name")
    List<Comuna> findAllOrdered();
}
