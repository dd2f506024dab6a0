package cl.circuito.identity.tokens;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface ApiTokens extends JpaRepository<ApiToken, UUID> {

    /**
     * The token and its user (with the user's programs) in one statement: every API call authenticates, and a
     * second round trip for the user doubled the cost of a small read.
     */
    @Query("select t, u from ApiToken t join User u on u.id = t.userId left join fetch u.programIds where t.tokenHash = ?1")
    List<Object[]> findWithUser(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);
}
