package cl.circuito.identity.twofactor;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

interface RecoveryCodes extends JpaRepository<RecoveryCode, UUID> {

    Optional<RecoveryCode> findByUserIdAndCodeHash(UUID userId, String codeHash);

    @Query("select count(c) from RecoveryCode c where c.userId = ?1 and c.usedAt is null")
    long countUnused(UUID userId);

    @Modifying
    @Query("delete from RecoveryCode c where c.userId = ?1")
    void deleteByUser(UUID userId);
}
