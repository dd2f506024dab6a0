package cl.circuito.shared.tables;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploaded tables kept in the database between upload, preview and confirmation (any node may serve each step).
 * An upload belongs to the user who sent it, for one purpose and one scope (a program): another user, or the same
 * user on another program's page, does not find it. Files are read when stored, so an unreadable one is refused
 * at once and never kept.
 */
@Component
public class Uploads {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration keepFor;

    Uploads(JdbcClient jdbc, Clock clock, @Value("${circuito.uploads.keep-for:P7D}") Duration keepFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** An upload and its table, as read again from the stored bytes. */
    public record Upload(UUID id, String fileName, Instant uploadedAt, Table table) {

        public String checksum() {
            return table.checksum();
        }
    }

    /** Reads the file (refusing what is not a table) and keeps it. */
    @Transactional
    public Upload store(String purpose, UUID ownerId, String scope, String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "planilla" : fileName.strip();
        Table table = TableReader.read(name, content);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into table_upload (id, purpose, owner_id, scope_key, file_name, checksum, content, uploaded_at)
                        values (:id, :purpose, :owner, :scope, :name, :checksum, :content, :now)""")
                .param("id", id).param("purpose", purpose).param("owner", ownerId).param("scope", scope)
                .param("name", name.length() > 255 ? name.substring(0, 255) : name)
                .param("checksum", table.checksum()).param("content", content)
                .param("now", java.sql.Timestamp.from(now)).update();
        return new Upload(id, name, now, table);
    }

    /** The upload, if it is this user's, for this purpose and scope, and not yet purged. */
    @Transactional(readOnly = true)
    public Optional<Upload> find(UUID id, String purpose, UUID ownerId, String scope) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select file_name, content, uploaded_at from table_upload
                         where id = :id and purpose = :purpose and owner_id = :owner and scope_key = :scope""")
                .param("id", id).param("purpose", purpose).param("owner", ownerId).param("scope", scope)
                .query((rs, n) -> new Upload(id, rs.getString("file_name"), rs.getTimestamp("uploaded_at").toInstant(),
                        TableReader.read(rs.getString("file_name"), rs.getBytes("content"))))
                .optional();
    }

    /** How long an upload is kept ({@code circuito.uploads.keep-for}): the register of processing activities says it. */
    public Duration keepFor() {
        return keepFor;
    }

    /**
     * Deletes the uploads older than {@code circuito.uploads.keep-for}, in the caller's transaction: children's data
     * leaves with the file. The retention capability runs it on schedule and keeps the act.
     *
     * @return the ids of the uploads deleted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> purge() {
        return jdbc.sql("delete from table_upload where uploaded_at < :before returning id")
                .param("before", java.sql.Timestamp.from(clock.instant().minus(keepFor))).query(UUID.class).list();
    }
}
