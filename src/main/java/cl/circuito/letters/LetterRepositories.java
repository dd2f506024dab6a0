package cl.circuito.letters;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface Letters extends JpaRepository<Letter, UUID> {

    /** A letter only within the given programs (the asker's scope): another program's letter is not found. */
    @Query("select l from Letter l where l.id = ?1 and l.programId in ?2")
    Optional<Letter> findInPrograms(UUID letterId, Collection<UUID> programIds);

    boolean existsBySourceKey(String sourceKey);

    /** The drafts of these kinds about a child (a letter names its children in letter_child). */
    @Query("""
            select distinct l from Letter l join l.children c
             where c.entryId = ?1 and l.kind in ?2 and l.status = cl.circuito.letters.LetterStatus.DRAFT""")
    List<Letter> findDraftsAbout(UUID entryId, Collection<LetterKind> kinds);

    /** Every draft about a child, of any kind, oldest first. */
    @Query("""
            select distinct l from Letter l join l.children c
             where c.entryId = ?1 and l.status = cl.circuito.letters.LetterStatus.DRAFT order by l.createdAt""")
    List<Letter> findDraftsAbout(UUID entryId);

    /** The letters of a kind about a child that were issued (or sent), newest first. */
    @Query("""
            select distinct l from Letter l join l.children c
             where c.entryId = ?1 and l.kind = ?2
               and l.status in (cl.circuito.letters.LetterStatus.ISSUED, cl.circuito.letters.LetterStatus.SENT)
             order by l.issuedAt desc""")
    List<Letter> findIssuedAbout(UUID entryId, LetterKind kind);

    List<Letter> findByCorrectsLetterIdOrderByCreatedAt(UUID correctsLetterId);

    /** A program's drafts of these kinds, their children fetched with them (one query). */
    @Query("""
            select distinct l from Letter l left join fetch l.children
             where l.programId = ?1 and l.kind in ?2 and l.status = cl.circuito.letters.LetterStatus.DRAFT""")
    List<Letter> findPendingOfKinds(UUID programId, Collection<LetterKind> kinds);

    /** These letters, only where they belong to the program. */
    @Query("select distinct l from Letter l left join fetch l.children where l.id in ?1 and l.programId = ?2")
    List<Letter> findAllInProgram(Collection<UUID> letterIds, UUID programId);
}

/**
 * The numbers of a program's year. {@link #next} runs in the issuing transaction and holds the counter
 * row's lock until it commits: two letters issued at once get consecutive numbers, and a number whose
 * issue fails is rolled back with it, so the register never skips or repeats one.
 */
@Component
class LetterNumbers {

    private final JdbcClient jdbc;

    LetterNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int next(UUID programId, int year) {
        return jdbc.sql("""
                        insert into letter_number (program_id, year, last_number) values (:program, :year, 1)
                        on conflict (program_id, year) do update set last_number = letter_number.last_number + 1
                        returning last_number""")
                .param("program", programId)
                .param("year", year)
                .query(Integer.class)
                .single();
    }
}

/** The PDF as issued, byte for byte. */
@jakarta.persistence.Entity
@jakarta.persistence.Table(name = "letter_pdf")
class LetterPdf {

    @jakarta.persistence.Id
    private UUID letterId;
    private byte[] content;
    private String sha256;
    private long sizeBytes;
    private java.time.Instant createdAt;

    protected LetterPdf() {
    }

    LetterPdf(UUID letterId, byte[] content, String sha256, java.time.Instant createdAt) {
        this.letterId = letterId;
        this.content = content;
        this.sha256 = sha256;
        this.sizeBytes = content.length;
        this.createdAt = createdAt;
    }

    UUID letterId() {
        return letterId;
    }

    byte[] content() {
        return content;
    }

    String sha256() {
        return sha256;
    }
}

interface LetterPdfs extends JpaRepository<LetterPdf, UUID> {
}
