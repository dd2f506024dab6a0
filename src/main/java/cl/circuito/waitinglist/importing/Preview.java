package cl.circuito.waitinglist.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import would do, row by row, before anything is saved.
 *
 * @param missing          the fields the mapping lacks; while any is missing no row is read
 * @param unknownReferrers the referrer names the network does not know, each once, for the user to choose (also
 *                         once chosen, so the choice can be changed)
 */
public record Preview(ColumnMapping mapping, List<ListField> missing, List<Row> rows, List<String> unknownReferrers) {

    public Preview {
        missing = List.copyOf(missing);
        rows = List.copyOf(rows);
        unknownReferrers = List.copyOf(unknownReferrers);
    }

    public enum RowOutcome {
        /** Will be created. */
        NEW,
        /** The same child is open on the program's list: nothing is created (re-uploading is harmless). */
        ALREADY_THERE,
        /** The sheet says the child is no longer waiting: not brought in. */
        NOT_ON_LIST,
        /** Cannot be imported as written: fix it and upload again. */
        REFUSED;

        /** Shown among the rows that are not imported and need nothing done. */
        public boolean isLeftAsIs() {
            return this == ALREADY_THERE || this == NOT_ON_LIST;
        }
    }

    /**
     * @param problems what stops the row, in Spanish, each naming its column
     * @param notes    what is worth knowing about a row that will be imported
     * @param dueOn    the admissibility deadline the entry will have
     */
    public record Row(ListRow read, RowOutcome outcome, LocalDate dueOn, List<String> problems, List<String> notes) {

        public Row {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public int number() {
            return read.number();
        }
    }

    public long count(RowOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public List<Row> rowsWith(RowOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).toList();
    }

    // What the page asks, by name.
    public long countNew() {
        return count(RowOutcome.NEW);
    }

    public long countRefused() {
        return count(RowOutcome.REFUSED);
    }

    public long countAlreadyThere() {
        return count(RowOutcome.ALREADY_THERE);
    }

    public long countNotOnList() {
        return count(RowOutcome.NOT_ON_LIST);
    }

    public List<Row> newRows() {
        return rowsWith(RowOutcome.NEW);
    }

    public List<Row> refusedRows() {
        return rowsWith(RowOutcome.REFUSED);
    }

    public boolean ready() {
        return missing.isEmpty();
    }
}
