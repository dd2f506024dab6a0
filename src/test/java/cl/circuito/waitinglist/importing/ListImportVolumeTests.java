package cl.circuito.waitinglist.importing;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.tables.Uploads;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A large program's list, 2,000 rows, imports whole: every row checked in parts with its progress, every entry saved
 * in one transaction. Its time is measured in bench/ (scenario "import"),
 * not here.
 */
@CircuitoTest
class ListImportVolumeTests {

    static final int ROWS = 2000;

    @Autowired Fixtures fixtures;
    @Autowired ListImports imports;
    @Autowired JdbcClient jdbc;

    @Test
    void twoThousandRowsImportWhole() {
        UUID program = fixtures.program("PRM", "13101");
        UUID court = fixtures.referrer("FAMILY_COURT");
        String courtName = jdbc.sql("select name from referrer where id = ?").param(court).query(String.class).single();
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        StringBuilder sheet = new StringBuilder("RUT;NNA;Organismo derivador;RIT;Causa de derivación;Fecha de recepción;"
                + "Antecedentes suficientes;Estado;Fecha de la decisión;Prioridad;Puntaje\r\n");
        for (int i = 0; i < ROWS; i++) {
            boolean waiting = i % 2 == 0;
            int day = 1 + i % 28;
            int month = 1 + (i / 28) % 9;
            sheet.append(Fixtures.rut()).append(";Niña").append(i).append(" Ficticia Prueba;").append(courtName)
                    .append(";F-").append(i + 1).append("-2026;Vulneración de derechos;")
                    .append(String.format("%02d-%02d-2026", day, month)).append(";Sí;")
                    .append(waiting ? "En espera" : "En evaluación").append(';')
                    .append(waiting ? String.format("%02d-%02d-2026", day, month + 1) : "").append(';')
                    .append(waiting ? String.valueOf(1 + i % 2) : "").append(';')
                    .append(waiting ? String.valueOf(i % 30) : "").append("\r\n");
        }
        Uploads.Upload upload = imports.upload(director, program, "nómina grande.csv",
                sheet.toString().getBytes(Charset.forName("windows-1252")));
        assertThat(imports.preview(director, program, upload.id(), null, ImportChoices.NONE).countNew())
                .isEqualTo(ROWS);

        UUID id = imports.confirm(director, program, upload.id(), null, ImportChoices.NONE);
        // Longer than settle()'s wait on a loaded machine; how long it takes is the benchmark's business.
        await().atMost(Duration.ofMinutes(5)).until(() -> imports.status(director, program, id).finished());
        fixtures.settle();

        ImportStatus status = imports.status(director, program, id);
        assertThat(status.phase()).isEqualTo(ImportStatus.Phase.DONE);
        assertThat(status.created()).isEqualTo(ROWS);
        assertThat(status.checkedRows()).isEqualTo(ROWS);
        Map<String, Object> counts = jdbc.sql("""
                        select count(*) filter (where status = 'WAITING') as waiting,
                               count(*) filter (where status = 'UNDER_REVIEW') as under_review,
                               count(*) filter (where priority is not null) as prioritised
                          from waiting_list_entry where program_id = ? and import_id = ?""")
                .params(program, id).query().singleRow();
        assertThat(counts).containsEntry("waiting", (long) ROWS / 2).containsEntry("under_review", (long) ROWS / 2)
                .containsEntry("prioritised", (long) ROWS / 2);
    }
}
