package cl.circuito.identity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface Users extends JpaRepository<User, UUID> {

    @Query("select u from User u where lower(u.username) = lower(?1)")
    Optional<User> findByUsername(String username);

    List<User> findAllByOrderByFullNameAsc();

    @Query("select u from User u where ?1 member of u.programIds order by u.fullName")
    List<User> findByProgram(UUID programId);
}
