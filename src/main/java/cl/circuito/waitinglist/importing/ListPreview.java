package cl.circuito.waitinglist.importing;

import cl.circuito.children.Child;
import cl.circuito.children.ChildIdentity;
import cl.circuito.children.ChildRegistry;
import cl.circuito.children.Rut;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.tables.Headers;
import cl.circuito.shared.tables.Table;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.entry.ReferralIntake;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Map.entry;

/**
 * Reads a sheet through a mapping and says, row by row, what an import would do: every row is checked by the
 * intake's own rules ({@link ReferralIntake#check}), so the preview accepts exactly what the import will save.
 * The same code decides what the confirmed import saves ({@link ListImports}), on the rows as they are then.
 */
@Service
public class ListPreview {

    /** The request fields a rule names, and the column that holds each; a missing column falls back as below. */
    private static final Map<String, ListField> FIELD_COLUMNS = Map.ofEntries(
            entry("rut", ListField.RUT), entry("givenNames", ListField.GIVEN_NAMES),
            entry("paternalSurname", ListField.PATERNAL_SURNAME), entry("maternalSurname", ListField.MATERNAL_SURNAME),
            entry("birthDate", ListField.BIRTH_DATE), entry("referrerId", ListField.REFERRER),
            entry("courtRit", ListField.COURT_RIT), entry("courtRuc", ListField.COURT_RUC),
            entry("reason", ListField.REASON), entry("receivedOn", ListField.RECEIVED_ON),
            entry("backgroundSufficient", ListField.BACKGROUND_SUFFICIENT), entry("decidedOn", ListField.DECIDED_ON),
            entry("assessedOn", ListField.DECIDED_ON), entry("priority", ListField.PRIORITY),
            entry("score", ListField.SCORE));
    private static final Map<ListField, ListField> WRITTEN_TOGETHER = Map.of(
            ListField.GIVEN_NAMES, ListField.FULL_NAME, ListField.PATERNAL_SURNAME, ListField.FULL_NAME,
            ListField.MATERNAL_SURNAME, ListField.FULL_NAME, ListField.COURT_RIT, ListField.CAUSE_NUMBERS,
            ListField.COURT_RUC, ListField.CAUSE_NUMBERS);

    private final ProgramDirectory programs;
    private final ReferralIntake intake;
    private final ChildRegistry children;
    private final JdbcClient jdbc;
    private final Messages messages;
    private final Clock clock;

    ListPreview(ProgramDirectory programs, ReferralIntake intake, ChildRegistry children, JdbcClient jdbc,
                Messages messages, Clock clock) {
        this.programs = programs;
        this.intake = intake;
        this.children = children;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** The rows below the mapping's header, blank ones aside. */
    static List<Table.Row> dataRows(Table table, ColumnMapping mapping) {
        return table.rows().stream().filter(r -> r.number() > mapping.header().number() && !r.isBlank()).toList();
    }

    @Transactional(readOnly = true)
    public Preview preview(Actor actor, ProgramSummary program, Table table, ColumnMapping mapping,
                           ImportChoices choices) {
        List<ListField> missing = mapping.missing();
        if (!missing.isEmpty()) {
            return new Preview(mapping, missing, List.of(), List.of());
        }
        return check(actor, program, dataRows(table, mapping), mapping, choices, new HashMap<>());
    }

    /**
     * Checks these rows (all of a sheet's, or a part of them, in order) against the program's list as it is now.
     *
     * @param seen the rows' identities met so far (in earlier parts), each with its row: the same child twice
     */
    @Transactional(readOnly = true)
    public Preview check(Actor actor, ProgramSummary program, List<Table.Row> rows, ColumnMapping mapping,
                         ImportChoices choices, Map<String, Integer> seen) {
        LocalDate today = LocalDate.now(clock);
        RowReader reader = new RowReader(mapping, choices, programs.activeReferrers(), today);
        List<ListRow> read = rows.stream().map(reader::read).toList();

        Set<String> unknownReferrers = new LinkedHashSet<>();
        // Chosen or not: the page keeps offering the choice for every name the network does not have.
        read.stream().filter(r -> !r.referrerText().isEmpty() && reader.referrerNamed(r.referrerText()).isEmpty())
                .forEach(r -> unknownReferrers.add(r.referrerText()));

        Map<String, Child> byRut = children.findByRuts(read.stream().map(ListRow::rut).filter(Objects::nonNull)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Child::rut, Function.identity(), (a, b) -> a));
        Set<UUID> openHere = new HashSet<>(jdbc.sql("""
                        select child_id from waiting_list_entry where program_id = :program and status <> 'EXITED'""")
                .param("program", program.id()).query(UUID.class).list());

        List<Preview.Row> checked = new ArrayList<>(read.size());
        for (ListRow row : read) {
            checked.add(checkOne(actor, program, mapping, row, byRut, openHere, seen));
        }
        return new Preview(mapping, List.of(), checked, new ArrayList<>(unknownReferrers));
    }

    private Preview.Row checkOne(Actor actor, ProgramSummary program, ColumnMapping mapping, ListRow row,
                                 Map<String, Child> byRut, Set<UUID> openHere, Map<String, Integer> firstRowOf) {
        if (row.state() == ListState.NOT_ON_LIST) {
            return new Preview.Row(row, Preview.RowOutcome.NOT_ON_LIST, null, List.of(), List.of());
        }
        if (!row.problems().isEmpty()) {
            return refused(row, row.problems().stream().map(p -> text(mapping, p)).toList());
        }
        Integer earlier = firstRowOf.putIfAbsent(row.identityKey(), row.number());
        if (earlier != null) {
            return refused(row, List.of(messages.get("import.problem.repeated", earlier)));
        }
        LocalDate dueOn;
        try {
            dueOn = intake.check(actor, program, row.request(), row.prior());
        } catch (DomainException refused) {
            ListField column = columnOf(mapping, refused.field());
            return refused(row, List.of(text(mapping, new Problem(column, refused.messageKey(),
                    List.of(refused.arguments() == null ? new Object[0] : refused.arguments())))));
        }
        Child known = row.rut() != null ? byRut.get(row.rut().formatted())
                : children.find(new ChildIdentity(null, row.givenNames(), row.paternalSurname(),
                row.maternalSurname(), row.birthDate())).orElse(null);
        if (known != null && openHere.contains(known.id())) {
            return new Preview.Row(row, Preview.RowOutcome.ALREADY_THERE, null, List.of(), List.of());
        }
        List<String> notes = new ArrayList<>();
        if (known != null && differs(known, row)) {
            notes.add(messages.get("import.note.registryKept"));
        }
        return new Preview.Row(row, Preview.RowOutcome.NEW, dueOn, List.of(), notes);
    }

    private static boolean differs(Child known, ListRow row) {
        return !Headers.fold(known.fullName()).equals(Headers.fold(row.fullName()))
                || row.birthDate() != null && !row.birthDate().equals(known.birthDate());
    }

    private static Preview.Row refused(ListRow row, List<String> problems) {
        return new Preview.Row(row, Preview.RowOutcome.REFUSED, null, problems, List.of());
    }

    private static ListField columnOf(ColumnMapping mapping, String requestField) {
        ListField field = requestField == null ? null : FIELD_COLUMNS.get(requestField);
        if (field != null && !mapping.has(field) && WRITTEN_TOGETHER.containsKey(field)
                && mapping.has(WRITTEN_TOGETHER.get(field))) {
            return WRITTEN_TOGETHER.get(field);
        }
        return field;
    }

    /** "«Fecha de recepción»: La fecha no puede ser futura." — the column as the sheet names it. */
    String text(ColumnMapping mapping, Problem problem) {
        String message = messages.get(problem.messageKey(), problem.arguments().toArray());
        if (problem.column() == null) {
            return message;
        }
        String name = mapping.nameOf(problem.column());
        return messages.get("import.problem.inColumn",
                name != null ? name : messages.get(problem.column().labelKey()), message);
    }
}
