package cl.circuito.waitinglist.importing;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.tables.ErrorFile;
import cl.circuito.shared.tables.Table;
import cl.circuito.shared.tables.TableReader;
import cl.circuito.shared.tables.Uploads;
import cl.circuito.shared.web.Messages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A program's earlier list brought in: upload, mapping and preview, confirmation, and what the program's imports
 * did. Confirming records the import and returns at once; {@link ImportRunner} does the work after the commit, off
 * the request's thread, all of it or none. One import runs at a time per program (a partial unique index), so a double click or two directors confirming
 * at once start one. Re-importing the same file creates nothing: its children are already on the list.
 */
@Service
public class ListImports {

    /** The uploads' purpose for a program's list (shared.tables.Uploads). */
    public static final String PURPOSE = "WAITING_LIST";

    private final ProgramDirectory programs;
    private final Uploads uploads;
    private final ListPreview preview;
    private final ImportMappings mappings;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    ListImports(ProgramDirectory programs, Uploads uploads, ListPreview preview, ImportMappings mappings,
                JdbcClient jdbc, ApplicationEventPublisher events, Messages messages, Clock clock) {
        this.programs = programs;
        this.uploads = uploads;
        this.preview = preview;
        this.mappings = mappings;
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- upload and preview

    /** The program an import is for, if the actor may import into it: the director's decisions come with the list. */
    public ProgramSummary programFor(Actor actor, UUID programId) {
        actor.require(Permission.REGISTER_REFERRALS);
        actor.require(Permission.DECIDE_ADMISSIBILITY);
        return programs.get(programId, actor.scope());
    }

    /** Keeps the file if it is a sheet with a header row Circuito recognises; refuses it otherwise, keeping nothing. */
    public Uploads.Upload upload(Actor actor, UUID programId, String fileName, byte[] content) {
        programFor(actor, programId);
        mapping(programId, TableReader.read(fileName, content), null);
        return uploads.store(PURPOSE, actor.userId(), programId.toString(), fileName, content);
    }

    public Uploads.Upload uploaded(Actor actor, UUID programId, UUID uploadId) {
        programFor(actor, programId);
        return uploads.find(uploadId, PURPOSE, actor.userId(), programId.toString())
                .orElseThrow(ImportRefused::uploadGone);
    }

    /**
     * The mapping for this upload: the user's choice when given (column → field), else the proposal from what the
     * program confirmed before and the names columns go by.
     */
    public ColumnMapping mapping(UUID programId, Table table, Map<Integer, ListField> chosen) {
        ColumnMapping proposed = ColumnMapping.propose(table, mappings.of(programId))
                .orElseThrow(ImportRefused::noHeader);
        return chosen == null ? proposed : proposed.with(chosen);
    }

    /**
     * The sheet-wide choices to use: the user's, or, before the user has chosen anything (no mapping sent), what the
     * program chose for its last import.
     */
    public ImportChoices choices(UUID programId, Map<Integer, ListField> chosen, ImportChoices choices) {
        if (chosen != null || choices.backgroundSufficient() != null || !choices.referrers().isEmpty()) {
            return choices;
        }
        return mappings.choices(programId);
    }

    public Preview preview(Actor actor, UUID programId, UUID uploadId, Map<Integer, ListField> chosen,
                           ImportChoices choices) {
        ProgramSummary program = programFor(actor, programId);
        Table table = uploaded(actor, programId, uploadId).table();
        return preview.preview(actor, program, table, mapping(programId, table, chosen), choices);
    }

    /**
     * The refused rows as a CSV to fix and upload again: the sheet's header and cells as they came, the problems in
     * a last column.
     */
    public byte[] errorFile(Actor actor, UUID programId, UUID uploadId, Map<Integer, ListField> chosen,
                            ImportChoices choices) {
        ProgramSummary program = programFor(actor, programId);
        Table table = uploaded(actor, programId, uploadId).table();
        Preview checked = preview.preview(actor, program, table, mapping(programId, table, chosen), choices);
        Map<Integer, List<String>> problems = new HashMap<>();
        checked.rowsWith(Preview.RowOutcome.REFUSED).forEach(row -> problems.put(row.number(), row.problems()));
        return ErrorFile.of(checked.mapping().header(), table.rows(), problems,
                messages.get("import.errorFile.problems"));
    }

    // ---------------------------------------------------------------- confirm

    /**
     * Records the import and hands it to the worker after the commit.
     *
     * @return the import's id, to follow its progress
     */
    @Transactional
    public UUID confirm(Actor actor, UUID programId, UUID uploadId, Map<Integer, ListField> chosen,
                        ImportChoices choices) {
        programFor(actor, programId);
        Uploads.Upload upload = uploaded(actor, programId, uploadId);
        ColumnMapping mapping = mapping(programId, upload.table(), chosen);
        if (!mapping.missing().isEmpty()) {
            throw ImportRefused.missingColumns(String.join(", ",
                    mapping.missing().stream().map(f -> "«" + messages.get(f.labelKey()) + "»").toList()));
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                        insert into list_import (id, program_id, upload_id, file_name, checksum, header_row, mapping,
                            background_default, referrer_choices, status, total_rows, started_by, started_by_name,
                            started_at, touched_at)
                        values (:id, :program, :upload, :name, :checksum, :header, :mapping, :background, :referrers,
                            'CHECKING', :total, :user, :userName, :now, :now)
                        on conflict (program_id) where status in ('CHECKING', 'SAVING') do nothing""")
                .param("id", id).param("program", programId).param("upload", uploadId)
                .param("name", upload.fileName()).param("checksum", upload.checksum())
                .param("header", mapping.header().number()).param("mapping", mapping.encoded())
                .param("background", choices.backgroundSufficient())
                .param("referrers", choices.encodedReferrers())
                .param("total", ListPreview.dataRows(upload.table(), mapping).size())
                .param("user", actor.userId()).param("userName", actor.displayName())
                .param("now", Timestamp.from(now)).update();
        if (inserted == 0) {
            throw ImportRefused.running();
        }
        mappings.remember(programId, mapping.toRemember(), choices, actor.userId(), now);
        events.publishEvent(new ImportRunner.ImportConfirmed(id));
        return id;
    }

    // ---------------------------------------------------------------- reading

    public ImportStatus status(Actor actor, UUID programId, UUID importId) {
        programFor(actor, programId);
        return jdbc.sql(STATUS + " where id = :id and program_id = :program")
                .param("id", importId).param("program", programId).query(ListImports::status).optional()
                .orElseThrow(() -> new NotFound("listImport"));
    }

    /** The program's imports, latest first. */
    public List<ImportStatus> history(Actor actor, UUID programId) {
        programFor(actor, programId);
        return jdbc.sql(STATUS + " where program_id = :program order by started_at desc limit 20")
                .param("program", programId).query(ListImports::status).list();
    }

    private static final String STATUS = """
            select id, program_id, file_name, checksum, status, total_rows, checked_rows, created_count,
                   already_count, skipped_count, refused_count, failure, started_by_name, started_at, finished_at
              from list_import""";

    private static ImportStatus status(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ImportStatus(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class),
                rs.getString("file_name"), rs.getString("checksum"),
                ImportStatus.Phase.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("checked_rows"),
                (Integer) rs.getObject("created_count"), (Integer) rs.getObject("already_count"),
                (Integer) rs.getObject("skipped_count"), (Integer) rs.getObject("refused_count"),
                rs.getString("failure"), rs.getString("started_by_name"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());
    }

}
