package cl.circuito.admin.importing;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditField;
import cl.circuito.audit.AuditTrail;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.tables.ErrorFile;
import cl.circuito.shared.tables.Headers;
import cl.circuito.shared.tables.Table;
import cl.circuito.shared.tables.TableReader;
import cl.circuito.shared.tables.Uploads;
import cl.circuito.shared.tables.Uploads.Upload;
import cl.circuito.shared.web.Messages;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Brings the network in from a sheet: upload (the file is read, its header found and kept in the database),
 * preview (what each row would create, what already exists and every problem), confirmation (every valid row in one
 * transaction, audited with the file's name and checksum). Records are recognised by what the database keeps
 * unique — an institution's name, a program's code, a referrer's kind and name, a user's e-mail — so confirming the
 * same sheet again, or twice at once, creates nothing twice: confirmations of one kind queue behind a lock and
 * make the plan again inside their transaction, so the second finds what the first created; a confirmation that
 * loses the race to the unique indexes against someone typing the same record in the admin's forms is made once
 * more.
 */
@Service
public class NetworkImport {

    static final String SCOPE = "network";

    /** First key of the network imports' locks: keeps them apart from any other advisory lock of the database. */
    private static final int LOCK_NAMESPACE = 0x4E455431;

    private final Uploads uploads;
    private final Map<NetworkImportKind, KindRules> rules = new EnumMap<>(NetworkImportKind.class);
    private final NetworkAdministration network;
    private final AuditTrail audit;
    private final Messages messages;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final JdbcClient jdbc;

    NetworkImport(Uploads uploads, List<KindRules> rules, NetworkAdministration network, AuditTrail audit,
                  Messages messages, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.uploads = uploads;
        rules.forEach(r -> this.rules.put(r.kind(), r));
        this.network = network;
        this.audit = audit;
        this.messages = messages;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The columns a kind of sheet is read from, with the names each goes by, for the page's help and the API. */
    public Map<String, List<String>> columns(NetworkImportKind kind) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        KindRules kindRules = rules.get(kind);
        kindRules.aliases().forEach((field, names) -> columns.put(
                messages.get("networkImport.field." + field) + (kindRules.required().contains(field)
                        ? "" : " " + messages.get("networkImport.optional")), names));
        return columns;
    }

    /** Reads the file, refusing it when it is no table or lacks a required column, keeps it and previews it. */
    public NetworkImportPreview upload(Actor actor, NetworkImportKind kind, String fileName, byte[] content) {
        actor.require(Permission.IMPORT_NETWORK);
        header(rules.get(kind), TableReader.read(fileName == null ? "planilla" : fileName, content));
        Upload upload = uploads.store(kind.purpose(), actor.userId(), SCOPE, fileName, content);
        return preview(actor, kind, upload.id());
    }

    public NetworkImportPreview preview(Actor actor, NetworkImportKind kind, UUID uploadId) {
        actor.require(Permission.IMPORT_NETWORK);
        return reading.execute(status -> plan(actor, kind, upload(actor, kind, uploadId)).preview());
    }

    /** The refused rows as a CSV to fix and upload again: the sheet's columns and a last one with the problems. */
    public byte[] refusedRows(Actor actor, NetworkImportKind kind, UUID uploadId) {
        actor.require(Permission.IMPORT_NETWORK);
        return reading.execute(status -> plan(actor, kind, upload(actor, kind, uploadId)).errorFile());
    }

    /** Imports every valid row, all or nothing. */
    public NetworkImportResult confirm(Actor actor, NetworkImportKind kind, UUID uploadId) {
        actor.require(Permission.IMPORT_NETWORK);
        try {
            return writing.execute(status -> confirmNow(actor, kind, uploadId));
        } catch (DataIntegrityViolationException lostTheRace) {
            // Someone confirmed the same rows at the same moment; what they created is now found as existing.
            try {
                return writing.execute(status -> confirmNow(actor, kind, uploadId));
            } catch (DataIntegrityViolationException again) {
                throw new ImportRefused(HttpStatus.CONFLICT, "networkImport.error.concurrent");
            }
        }
    }

    private NetworkImportResult confirmNow(Actor actor, NetworkImportKind kind, UUID uploadId) {
        // Without it, two confirmations both plan a row as new and the later one's create meets the earlier's
        // committed row in the domain's own name check. Transaction-scoped: released on commit or rollback.
        jdbc.sql("select pg_advisory_xact_lock(:namespace, :key)")
                .param("namespace", LOCK_NAMESPACE)
                .param("key", kind.ordinal())
                .query((rs, n) -> 1)
                .single();
        Upload upload = upload(actor, kind, uploadId);
        Plan plan = plan(actor, kind, upload);
        List<String> created = new ArrayList<>();
        int existing = 0;
        int refused = 0;
        for (PlannedRow row : plan.rows()) {
            if (row.status() == NetworkImportPreview.Status.CREATE) {
                row.planned().create().run();
                created.add(row.planned().description());
            } else if (row.status() == NetworkImportPreview.Status.EXISTS) {
                existing++;
            } else {
                refused++;
            }
        }
        audit.changed(actor, AuditAction.CREATED, new AuditTrail.Subject("networkImport", upload.id(), null),
                "audit.networkImport." + kind.path(),
                AuditDetails.of(AuditField.FILE, upload.fileName()).with(AuditField.CHECKSUM, upload.checksum())
                        .with(AuditField.CREATED_COUNT, created.size()).with(AuditField.EXISTING_COUNT, existing)
                        .with(AuditField.REFUSED_COUNT, refused).with(AuditField.RECORDS, created));
        return new NetworkImportResult(kind, upload.fileName(), created.size(), existing, refused);
    }

    private Upload upload(Actor actor, NetworkImportKind kind, UUID uploadId) {
        return uploads.find(uploadId, kind.purpose(), actor.userId(), SCOPE)
                .orElseThrow(() -> new ImportRefused(HttpStatus.NOT_FOUND, "networkImport.error.uploadGone"));
    }

    private Headers.Header header(KindRules kindRules, Table table) {
        String required = kindRules.aliases().keySet().stream().filter(kindRules.required()::contains)
                .map(field -> "«" + messages.get("networkImport.field." + field) + "»").collect(Collectors.joining(", "));
        Headers.Header header = Headers.find(table, kindRules.aliases(), 1)
                .orElseThrow(() -> new ImportRefused(HttpStatus.UNPROCESSABLE_CONTENT, "networkImport.error.noHeader", required));
        String missing = kindRules.aliases().keySet().stream()
                .filter(field -> kindRules.required().contains(field) && !header.proposed().containsValue(field))
                .map(field -> "«" + messages.get("networkImport.field." + field) + "»").collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new ImportRefused(HttpStatus.UNPROCESSABLE_CONTENT, "networkImport.error.missingColumns", missing,
                    header.row().number(), required);
        }
        return header;
    }

    private Plan plan(Actor actor, NetworkImportKind kind, Upload upload) {
        KindRules kindRules = rules.get(kind);
        Table table = upload.table();
        Headers.Header header = header(kindRules, table);
        Map<String, Integer> columnOf = new HashMap<>();
        Map<String, String> labelOf = new HashMap<>();
        header.proposed().forEach((column, field) -> {
            columnOf.put(field, column);
            labelOf.put(field, header.row().cell(column));
        });
        Reference reference = new Reference(network, messages);
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<PlannedRow> rows = new ArrayList<>();
        List<Table.Row> read = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            if (row.number() <= header.row().number() || row.isBlank()) {
                continue;
            }
            read.add(row);
            SheetRow sheetRow = new SheetRow(row, columnOf, labelOf, messages);
            KindRules.Planned planned = kindRules.plan(actor, sheetRow, reference);
            Map<String, String> keys = new LinkedHashMap<>();
            if (planned.key() != null) {
                keys.put(planned.keyField(), planned.key());
            }
            keys.putAll(planned.otherKeys());
            keys.forEach((field, key) -> {
                Integer first = firstRowOf.putIfAbsent(field + "=" + key, row.number());
                if (first != null) {
                    sheetRow.problem(field, "networkImport.problem.repeated", String.valueOf(first));
                }
            });
            NetworkImportPreview.Status status = !sheetRow.problems().isEmpty() ? NetworkImportPreview.Status.REFUSED
                    : planned.exists() ? NetworkImportPreview.Status.EXISTS
                    : planned.create() != null ? NetworkImportPreview.Status.CREATE : NetworkImportPreview.Status.REFUSED;
            rows.add(new PlannedRow(row.number(), status, planned, sheetRow.problems()));
        }
        List<NetworkImportPreview.Column> columns = new ArrayList<>();
        for (int c = 0; c < header.row().cells().size(); c++) {
            String field = header.proposed().get(c);
            if (!header.row().cell(c).isEmpty()) {
                columns.add(new NetworkImportPreview.Column(header.row().cell(c),
                        field == null ? null : messages.get("networkImport.field." + field)));
            }
        }
        return new Plan(upload, kind, header, columns, rows, read);
    }

    private record PlannedRow(int number, NetworkImportPreview.Status status, KindRules.Planned planned,
                              List<String> problems) {
    }

    private final class Plan {
        private final Upload upload;
        private final NetworkImportKind kind;
        private final Headers.Header header;
        private final List<NetworkImportPreview.Column> columns;
        private final List<PlannedRow> rows;
        private final List<Table.Row> read;

        Plan(Upload upload, NetworkImportKind kind, Headers.Header header, List<NetworkImportPreview.Column> columns,
             List<PlannedRow> rows, List<Table.Row> read) {
            this.upload = upload;
            this.kind = kind;
            this.header = header;
            this.columns = columns;
            this.rows = rows;
            this.read = read;
        }

        List<PlannedRow> rows() {
            return rows;
        }

        NetworkImportPreview preview() {
            List<NetworkImportPreview.Row> shown = rows.stream().map(r -> new NetworkImportPreview.Row(r.number(),
                    r.status(), r.planned().description(), r.planned().notes(), r.problems())).toList();
            return new NetworkImportPreview(upload.id(), kind, upload.fileName(), upload.checksum(),
                    header.row().number(), columns, shown, count(NetworkImportPreview.Status.CREATE),
                    count(NetworkImportPreview.Status.EXISTS), count(NetworkImportPreview.Status.REFUSED));
        }

        byte[] errorFile() {
            Map<Integer, List<String>> problems = new HashMap<>();
            rows.stream().filter(r -> !r.problems().isEmpty()).forEach(r -> problems.put(r.number(), r.problems()));
            return ErrorFile.of(header.row(), read, problems, messages.get("networkImport.errorFile.column"));
        }

        private int count(NetworkImportPreview.Status status) {
            return (int) rows.stream().filter(r -> r.status() == status).count();
        }
    }
}
