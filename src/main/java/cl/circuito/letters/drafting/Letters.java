package cl.circuito.letters.drafting;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Letters extends JpaRepository<Letter, UUID> {

    /** A letter only within the given programs (the asker's scope): another program's letter is not found. */
    @Query("select l from Letter l where l.id = ?1 and l.programId in ?2")
    Optional<Letter> findInPrograms(UUID letterId, Collection<UUID> programIds);

    boolean existsBySourceKey(String sourceKey);

    /** The drafts of these kinds about a child (a letter names its children in letter_child). */
    @Query("""
            select distinct l from Letter l join l.children c
             where c.entryId = ?1 and l.kind in ?2 and l.status = cl.circuito.letters.drafting.LetterStatus.DRAFT""")
    List<Letter> findDraftsAbout(UUID entryId, Collection<LetterKind> kinds);

    /** Every draft about a child, of any kind, oldest first. */
    @Query("""
            select distinct l from Letter l join l.children c
             where c.entryId = ?1 and l.status = cl.circuito.letters.drafting.LetterStatus.DRAFT order by l.createdAt""")
    List<Letter> findDraftsAbout(UUID entryId);

    /** The letters of a kind about a child that were issued (or sent), newest first. */
    @Query("""
            select distinct l from Letter l join l.children c
             where c.entryId = ?1 and l.kind = ?2
               and l.status in (cl.circuito.letters.drafting.LetterStatus.ISSUED, cl.circuito.letters.drafting.LetterStatus.SENT)
             order by l.issuedAt desc""")
    List<Letter> findIssuedAbout(UUID entryId, LetterKind kind);

    List<Letter> findByCorrectsLetterIdOrderByCreatedAt(UUID correctsLetterId);

    /** A program's drafts of these kinds, their children fetched with them (one query). */
    @Query("""
            select distinct l from Letter l left join fetch l.children
             where l.programId = ?1 and l.kind in ?2 and l.status = cl.circuito.letters.drafting.LetterStatus.DRAFT""")
    List<Letter> findPendingOfKinds(UUID programId, Collection<LetterKind> kinds);

    /** These letters, only where they belong to the program. */
    @Query("select distinct l from Letter l left join fetch l.children where l.id in ?1 and l.programId = ?2")
    List<Letter> findAllInProgram(Collection<UUID> letterIds, UUID programId);
}
