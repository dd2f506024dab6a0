package cl.circuito.identity;

import cl.circuito.shared.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface Users extends JpaRepository<User, UUID> {

    @Query("select u from User u where lower(u.username) = lower(?1)")
    Optional<User> findByUsername(String username);

    List<User> findAllByOrderByFullNameAsc();

    /** The users with this e-mail (case ignored): an import recognises an existing user by it. */
    @Query("select u from User u where lower(u.email) = lower(?1) order by u.createdAt")
    List<User> findByEmail(String email);

    /** The user with this RUT, canonical "12345678-5" (unique). */
    Optional<User> findByRut(String rut);

    @Query("select u from User u where ?1 member of u.programIds order by u.fullName")
    List<User> findByProgram(UUID programId);

    /**
     * One page of users by name (accents and case ignored); {@code pattern} is a
     * {@link cl.circuito.shared.SearchPattern} over name, username and e-mail, and a null role or
     * {@code enabled} does not filter.
     */
    @Query(value = """
            select u from User u
             where (lower(unaccent(u.fullName)) like lower(unaccent(:pattern)) escape '!'
                    or lower(unaccent(u.username)) like lower(unaccent(:pattern)) escape '!'
                    or lower(unaccent(u.email)) like lower(unaccent(:pattern)) escape '!')
               and (:role is null or u.role = :role)
               and (:enabled is null or u.enabled = :enabled)
             order by lower(unaccent(u.fullName)), u.id
            """, countQuery = """
            select count(u) from User u
             where (lower(unaccent(u.fullName)) like lower(unaccent(:pattern)) escape '!'
                    or lower(unaccent(u.username)) like lower(unaccent(:pattern)) escape '!'
                    or lower(unaccent(u.email)) like lower(unaccent(:pattern)) escape '!')
               and (:role is null or u.role = :role)
               and (:enabled is null or u.enabled = :enabled)
            """)
    Page<User> search(String pattern, Role role, Boolean enabled, Pageable pageable);

    /** Enabled users who want the e-mail digest, with their programs fetched in the same query. */
    @Query("""
            select distinct u from User u left join fetch u.programIds
             where u.enabled = true and u.emailAlerts = true and u.role in ?1 and trim(u.email) <> ''
            """)
    List<User> findDigestRecipients(Collection<Role> roles);

    /** Just the names, without loading each user's programs. */
    @Query("select u.id as id, u.fullName as fullName from User u where u.id in ?1")
    List<UserName> findNamesByIdIn(Collection<UUID> ids);

    interface UserName {
        UUID getId();

        String getFullName();
    }
}
