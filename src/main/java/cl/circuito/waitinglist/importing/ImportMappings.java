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

    /** What the program chose for its last sheet as a whole; none before its first import. */
    ImportChoices choices(UUID programId) {
        return jdbc.sql("select background_default, referrer_choices from list_import_mapping where program_id = :program")
                .param("program", programId)
                .query((rs, n) -> ImportChoices.decode((Boolean) rs.getObject("background_default"),
                        rs.getString("referrer_choices")))
                .optional().orElse(ImportChoices.NONE);
    }

    /**
     * Remembers the names of this mapping, on top of what the program confirmed before for other names, and the
     * sheet-wide choices (the referrers chosen, on top of those chosen before).
     */
    void remember(UUID programId, Map<String, ListField> mapping, ImportChoices choices, UUID userId, Instant now) {
        Map<String, ListField> merged = new LinkedHashMap<>(of(programId));
        merged.putAll(mapping);
        StringBuilder text = new StringBuilder();
        merged.forEach((name, field) -> text.append(name).append('=').append(field.name()).append('\n'));
        Map<String, UUID> referrers = new LinkedHashMap<>(choices(programId).referrers());
        referrers.putAll(choices.referrers());
        jdbc.sql("""
                        insert into list_import_mapping (program_id, columns, background_default, referrer_choices,
                                                         updated_at, updated_by)
                        values (:program, :columns, :background, :referrers, :now, :user)
                        on conflict (program_id) do update set columns = excluded.columns,
                            background_default = excluded.background_default,
                            referrer_choices = excluded.referrer_choices,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("program", programId).param("columns", text.toString())
                .param("background", choices.backgroundSufficient())
                .param("referrers", new ImportChoices(null, referrers).encodedReferrers())
                .param("now", Timestamp.from(now)).param("user", userId).update();
    }
}
