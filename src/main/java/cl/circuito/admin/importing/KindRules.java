package cl.circuito.admin.importing;

import cl.circuito.shared.security.Actor;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** How one kind of sheet is read: its columns, and what each row would create or finds already there. */
interface KindRules {

    NetworkImportKind kind();

    /** Field → the names its column goes by (compared folded), in the order the page lists the columns. */
    Map<String, List<String>> aliases();

    Set<String> required();

    /** What the row would do; its problems are the row's ({@link SheetRow#problem}). */
    Planned plan(Actor actor, SheetRow row, Reference reference);

    /**
     * @param keyField    the column that identifies the record (a second row with the same key is refused)
     * @param key         the key, compared as the database's unique index compares it; null when unreadable
     * @param description the row in a few words, for the preview and the audit
     * @param notes       for an existing record: how the sheet differs (nothing is changed)
     * @param exists      the record is already in Circuito
     * @param create      creates the record (run at confirmation, in its transaction)
     * @param otherKeys   other unique keys of the record (field → key): a second row with one is refused too
     */
    record Planned(String keyField, String key, String description, List<String> notes, boolean exists,
                   Runnable create, Map<String, String> otherKeys) {

        Planned(String keyField, String key, String description, List<String> notes, boolean exists,
                Runnable create) {
            this(keyField, key, description, notes, exists, create, Map.of());
        }

        static Planned refused(String keyField, String key, String description) {
            return new Planned(keyField, key, description, List.of(), false, null);
        }
    }
}
