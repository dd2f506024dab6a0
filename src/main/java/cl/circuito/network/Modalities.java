package cl.circuito.network;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Modalities extends JpaRepository<Modality, String> {

    List<Modality> findAllByOrderByKindAscCodeAsc();
}
