package cl.circuito.waitinglist.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The mapping each program confirmed last, by folded column name: its next upload of the same sheet needs none. */
@Component
class ImportMappings {

    private final JdbcClient jdbc;

    ImportMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, ListField> of(UUID programId) {
        Map<String, ListField> remembered = new LinkedHashMap<>();
        jdbc.sql("select columns from list_import_mapping where program_id = :program").param("program", programId)
                .query(String.class).optional().ifPresent(text -> {
                    for (String line : text.split("\n")) {
                        int at = line.lastIndexOf('=');
                        if (at > 0) {
                            try {
                                remembered.put(line.substring(0, at), ListField.valueOf(line.substring(at + 1)));
                            } catch (IllegalArgumentException retired) {
                                // a field a later version no longer has: forget it
                            }
                        }
                    }
                });
        return remembered;
    }

    /** Remembers the names of this mapping, on top of what the program confirmed before for other names. */
    void remember(UUID programId, Map<String, ListField> mapping, UUID userId, Instant now) {
        Map<String, ListField> merged = new LinkedHashMap<>(of(programId));
        merged.putAll(mapping);
        StringBuilder text = new StringBuilder();
        merged.forEach((name, field) -> text.append(name).append('=').append(field.name()).append('\n'));
        jdbc.sql("""
                        insert into list_import_mapping (program_id, columns, updated_at, updated_by)
                        values (:program, :columns, :now, :user)
                        on conflict (program_id) do update set columns = excluded.columns,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("program", programId).param("columns", text.toString())
                .param("now", Timestamp.from(now)).param("user", userId).update();
    }
}
