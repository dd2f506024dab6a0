package cl.circuito.waitinglist.importing;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.shared.tables.ErrorFile;
import cl.circuito.shared.tables.Table;
import cl.circuito.shared.tables.TableReader;
import cl.circuito.shared.tables.Uploads;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A program's earlier list brought in: a messy sheet row by row, idempotency, the mapping, all or nothing. */
@CircuitoTest
class ListImportTests {

    private static final Charset EXCEL_CSV = Charset.forName("windows-1252");

    @Autowired Fixtures fixtures;
    @Autowired ListImports imports;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    String courtName;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        courtName = jdbc.sql("select name from referrer where id = ?").param(court).query(String.class).single();
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    @Test
    void aMessyExcelCsvIsReadRowByRowWithEveryProblemNamingItsColumn() {
        String a = Fixtures.typedRut();
        String b = Fixtures.rut();
        UUID other = fixtures.referrer("OPD");
        String sheet = String.join("\r\n",
                "Nómina de Niños – Lista de Espera;;;;;;;;;",
                "Programa: PRM de prueba;;;;;;;;;",
                ";;;;;;;;;",
                "N°;R.U.T.;Nombre del NNA;Fecha Nac.;Tribunal;RIT/RUC;Motivo de derivación;Fecha de Recepción;"
                        + "Antecedentes suficientes;Estado;Fecha decisión;Prioridad;Puntaje",
                "1;" + a + ";Rocío Andrea Pérez de la Fuente;;" + courtName.toUpperCase()
                        + ";RIT F-123-2026 · RUC 2600123456-7;Vulneración de derechos;04-10-2026;Sí;En evaluación;;;",
                "2;" + b + ";Tomás Soto;;" + courtName + ";F-77-2026;Negligencia;5/10/26;no;En espera;4/11/26;1;14",
                "3;12.345.678-9;Ana Rojas Vera;;" + courtName + ";F-1-2026;Maltrato;06-10-2026;Sí;En evaluación;;;",
                "4;" + Fixtures.rut() + ";Luis Mora Paz;;" + courtName + ";F-2-2026;Maltrato;31-02-2026;Sí;;;;",
                "5;" + Fixtures.rut() + ";Eva Díaz Luna;;" + courtName + ";F-3-2026;Maltrato;07-10-2026;Sí;Egresado;;;",
                "6;" + Fixtures.rut() + ";Iván Ríos Paz;;Juzgado de Marte;F-4-2026;Maltrato;08-10-2026;Sí;;;;",
                ";;;;;;;;;;;;",
                "7;" + a + ";Rocío Pérez;;" + courtName + ";F-5-2026;Maltrato;09-10-2026;Sí;;;;",
                "8;;Sofía Muñoz Leal;15/03/2015;" + courtName + ";F-6-2026;Maltrato;10-10-2026;Sí;;;;",
                "9;" + Fixtures.rut() + ";Pía Lagos Mena;;" + courtName + ";F-7-2026;Maltrato;12-10-2026;Sí;En espera;;;",
                "10;" + Fixtures.rut() + ";Raúl Vidal Toro;;" + courtName + ";F-8-2026;Maltrato;"
                        + LocalDate.now().plusDays(30).toString() + ";Sí;;;;",
                "11;" + Fixtures.rut() + ";Gabriela Silva Paz;;" + courtName + ";;Maltrato;13-10-2026;Sí;;;;");
        Uploads.Upload upload = imports.upload(director, program, "nómina.csv", sheet.getBytes(EXCEL_CSV));

        Preview preview = imports.preview(director, program, upload.id(), null, ImportChoices.NONE);

        assertThat(preview.missing()).isEmpty();
        assertThat(preview.mapping().header().number()).isEqualTo(4);
        Map<Integer, Preview.Row> rows = preview.rows().stream()
                .collect(Collectors.toMap(Preview.Row::number, r -> r));
        assertThat(rows).doesNotContainKey(11);
        assertThat(rows.get(5).problems()).isEmpty();
        assertThat(rows.get(5).outcome()).isEqualTo(Preview.RowOutcome.NEW);
        assertThat(rows.get(5).read().givenNames()).isEqualTo("Rocío Andrea");
        assertThat(rows.get(5).read().maternalSurname()).isEqualTo("de la Fuente");
        assertThat(rows.get(5).read().courtRit()).isEqualTo("F-123-2026");
        assertThat(rows.get(5).read().courtRuc()).isEqualTo("2600123456-7");
        assertThat(rows.get(5).dueOn()).isAfter(LocalDate.of(2026, 10, 4));
        assertThat(rows.get(6).outcome()).isEqualTo(Preview.RowOutcome.NEW);
        assertThat(rows.get(6).read().state()).isEqualTo(ListState.WAITING);
        assertThat(rows.get(6).read().priority()).isEqualTo(1);
        assertThat(rows.get(6).read().decidedOn()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(rows.get(7).problems()).containsExactly("«R.U.T.»: «12.345.678-9» no es un RUT válido.");
        assertThat(rows.get(8).problems()).containsExactly(
                "«Fecha de Recepción»: «31-02-2026» no es una fecha. Escríbala como 04-12-2026.");
        assertThat(rows.get(9).outcome()).isEqualTo(Preview.RowOutcome.NOT_ON_LIST);
        assertThat(rows.get(10).problems()).singleElement().asString().startsWith("«Tribunal»: La red no tiene");
        assertThat(preview.unknownReferrers()).containsExactly("Juzgado de Marte");
        assertThat(rows.get(12).problems()).containsExactly("Es el mismo NNA de la fila 5.");
        assertThat(rows.get(13).outcome()).isEqualTo(Preview.RowOutcome.NEW);
        assertThat(rows.get(13).read().birthDate()).isEqualTo(LocalDate.of(2015, 3, 15));
        assertThat(rows.get(14).problems()).containsExactly(
                "«Fecha decisión»: Falta la fecha en que se declaró sujeto de atención.");
        assertThat(rows.get(15).problems()).singleElement().asString().startsWith("«Fecha de Recepción»: ");
        assertThat(rows.get(16).problems()).singleElement().asString().startsWith("«RIT/RUC»: ");

        // The user says which referrer "Juzgado de Marte" is; that row joins the import.
        ImportChoices choices = new ImportChoices(null, Map.of(RowReader.referrerKey("Juzgado de Marte"), other));
        Preview chosen = imports.preview(director, program, upload.id(), null, choices);
        assertThat(chosen.rows().stream().filter(r -> r.number() == 10).findFirst().orElseThrow().outcome())
                .isEqualTo(Preview.RowOutcome.NEW);

        UUID importId = imports.confirm(director, program, upload.id(), null, choices);
        fixtures.settle();

        ImportStatus status = imports.status(director, program, importId);
        assertThat(status.phase()).isEqualTo(ImportStatus.Phase.DONE);
        assertThat(status.created()).isEqualTo(4);
        assertThat(status.skipped()).isEqualTo(1);
        assertThat(status.refused()).isEqualTo(6);
        assertThat(status.checksum()).isEqualTo(upload.checksum());
        List<Map<String, Object>> entries = jdbc.sql("""
                        select e.status, e.priority, e.priority_score, e.decided_on, e.admissibility_due_on, e.import_id
                          from waiting_list_entry e where e.program_id = ? order by e.received_on""")
                .param(program).query().listOfRows();
        assertThat(entries).hasSize(4);
        assertThat(entries).allSatisfy(e -> assertThat(e.get("import_id")).isEqualTo(importId));
        assertThat(entries.get(1)).containsEntry("status", "WAITING").containsEntry("priority", 1)
                .containsEntry("priority_score", 14);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where what = 'audit.entry.imported'
                           and changes::text like ?""").param("%" + upload.checksum() + "%").query(Long.class).single())
                .isEqualTo(4L);
    }

    @Test
    void theSameFileTwiceCreatesNothingTheSecondTime() {
        byte[] file = sheet(Fixtures.rut(), Fixtures.rut()).getBytes(StandardCharsets.UTF_8);
        Uploads.Upload first = imports.upload(director, program, "lista.csv", file);
        imports.confirm(director, program, first.id(), null, new ImportChoices(true, Map.of()));
        fixtures.settle();

        Uploads.Upload again = imports.upload(director, program, "lista.csv", file);
        Preview preview = imports.preview(director, program, again.id(), null, new ImportChoices(true, Map.of()));
        assertThat(preview.rows()).extracting(Preview.Row::outcome).containsOnly(Preview.RowOutcome.ALREADY_THERE);
        UUID second = imports.confirm(director, program, again.id(), null, new ImportChoices(true, Map.of()));
        fixtures.settle();

        assertThat(imports.status(director, program, second).created()).isZero();
        assertThat(imports.status(director, program, second).already()).isEqualTo(2);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void theMappingTheUserChoseIsRememberedForTheProgramsNextUpload() {
        String sheet = "Identificador;Nombre;Derivante;Motivo;Fecha de recepción\n"
                + Fixtures.rut() + ";Ana Soto;" + courtName + ";Maltrato;01-10-2026\n";
        Uploads.Upload upload = imports.upload(director, program, "x.csv", sheet.getBytes(StandardCharsets.UTF_8));
        ColumnMapping proposed = imports.preview(director, program, upload.id(), null, ImportChoices.NONE).mapping();
        assertThat(proposed.has(ListField.RUT)).isFalse();

        Map<Integer, ListField> chosen = new java.util.HashMap<>(proposed.columns());
        chosen.put(0, ListField.RUT);
        imports.confirm(director, program, upload.id(), chosen, new ImportChoices(false, Map.of()));
        fixtures.settle();

        Uploads.Upload next = imports.upload(director, program, "x.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(imports.preview(director, program, next.id(), null, ImportChoices.NONE).mapping().columnOf(
                ListField.RUT)).contains(0);
    }

    @Test
    void aSheetWithoutARequiredColumnSaysWhichAndCannotBeConfirmed() {
        String sheet = "RUT;NNA;Fecha de recepción\n" + Fixtures.rut() + ";Ana Soto;01-10-2026\n";
        Uploads.Upload upload = imports.upload(director, program, "x.csv", sheet.getBytes(StandardCharsets.UTF_8));

        Preview preview = imports.preview(director, program, upload.id(), null, ImportChoices.NONE);
        assertThat(preview.missing()).containsExactly(ListField.REFERRER, ListField.REASON);
        assertThatThrownBy(() -> imports.confirm(director, program, upload.id(), null, ImportChoices.NONE))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.missingColumns"));
    }

    @Test
    void theRefusedRowsComeBackAsAFileThatImportsOnceFixed() {
        String good = Fixtures.rut();
        String fixable = Fixtures.rut();
        String sheet = "RUT;NNA;Organismo derivador;RIT;Causa de derivación;Fecha de recepción;Antecedentes suficientes\n"
                + good + ";Ana Soto Paz;" + courtName + ";F-1-2026;Maltrato;01-10-2026;Sí\n"
                + fixable + ";Luis Mora Paz;" + courtName + ";F-2-2026;Maltrato;32-10-2026;Sí\n";
        Uploads.Upload upload = imports.upload(director, program, "x.csv", sheet.getBytes(StandardCharsets.UTF_8));
        Preview preview = imports.preview(director, program, upload.id(), null, ImportChoices.NONE);

        byte[] errors = imports.errorFile(director, program, upload.id(), null, ImportChoices.NONE);
        Table back = TableReader.read("errores.csv", errors);
        assertThat(back.rows()).hasSize(2);
        assertThat(back.rows().get(1).cell(0)).isEqualTo(fixable);
        assertThat(back.rows().get(1).cells().get(7)).contains("«Fecha de recepción»");

        String fixed = new String(errors, StandardCharsets.UTF_8).replace("32-10-2026", "02-10-2026");
        Uploads.Upload again = imports.upload(director, program, "errores.csv", fixed.getBytes(StandardCharsets.UTF_8));
        Preview second = imports.preview(director, program, again.id(), null, ImportChoices.NONE);
        assertThat(second.rows()).extracting(Preview.Row::outcome).containsExactly(Preview.RowOutcome.NEW);
        assertThat(preview.rows()).extracting(Preview.Row::outcome)
                .containsExactly(Preview.RowOutcome.NEW, Preview.RowOutcome.REFUSED);
    }

    @Test
    void aFailureWhileSavingSavesNothing() {
        // A row the database refuses while saving (a trigger standing for any failure between two writes).
        jdbc.sql("""
                create or replace function test_refuse_import() returns trigger language plpgsql as $$
                begin
                  if new.referral_reason = 'FALLA' then raise exception 'refused by test'; end if;
                  return new;
                end $$""").update();
        jdbc.sql("create trigger test_refuse_import before insert on waiting_list_entry for each row "
                + "execute function test_refuse_import()").update();
        try {
            String sheet = "RUT;NNA;Organismo derivador;RIT;Causa de derivación;Fecha de recepción\n"
                    + Fixtures.rut() + ";Ana Soto Paz;" + courtName + ";F-1-2026;Maltrato;01-10-2026\n"
                    + Fixtures.rut() + ";Luis Mora Paz;" + courtName + ";F-2-2026;FALLA;02-10-2026\n";
            Uploads.Upload upload = imports.upload(director, program, "x.csv", sheet.getBytes(StandardCharsets.UTF_8));
            UUID id = imports.confirm(director, program, upload.id(), null, new ImportChoices(true, Map.of()));
            fixtures.settle();

            ImportStatus status = imports.status(director, program, id);
            assertThat(status.phase()).isEqualTo(ImportStatus.Phase.FAILED);
            assertThat(status.failure()).startsWith("La importación se interrumpió");
            assertThat(count()).isZero();
        } finally {
            jdbc.sql("drop trigger test_refuse_import on waiting_list_entry").update();
            jdbc.sql("drop function test_refuse_import()").update();
        }
    }

    @Test
    void oneImportAtATimePerProgramAndOnlyForItsOwnDirector() {
        String sheet = sheet(Fixtures.rut());
        Uploads.Upload upload = imports.upload(director, program, "x.csv", sheet.getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                        insert into list_import (id, program_id, upload_id, file_name, checksum, header_row, mapping,
                            status, total_rows, started_by, started_by_name, started_at, touched_at)
                        values (?, ?, ?, 'otra.csv', ?, 1, '', 'CHECKING', 1, ?, 'Otra', now(), now())""")
                .params(UUID.randomUUID(), program, upload.id(), upload.checksum(), director.userId()).update();
        assertThatThrownBy(() -> imports.confirm(director, program, upload.id(), null, new ImportChoices(true, Map.of())))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.running"));

        UUID otherProgram = fixtures.program("PRM", "13101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        assertThatThrownBy(() -> imports.preview(otherDirector, otherProgram, upload.id(), null, ImportChoices.NONE))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.uploadGone"));
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));
        assertThatThrownBy(() -> imports.upload(professional, program, "x.csv", sheet.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(cl.circuito.shared.security.AccessDenied.class);
    }

    @Test
    void cellsMeetTheFormsLimitsAndPlainTextRule() {
        String sheet = "RUT;NNA;Organismo derivador;RIT;Causa de derivación;Fecha de recepción\n"
                + Fixtures.rut() + ";Ana Soto Paz;" + courtName + ";F-1-2026;" + "x".repeat(10_000) + ";01-10-2026\n"
                + Fixtures.rut() + ";<script>alert(1)</script> Soto;" + courtName + ";F-2-2026;Maltrato;01-10-2026\n"
                + Fixtures.rut() + ";Luis\u0007 Mora Paz;" + courtName + ";F-3-2026;Maltrato;01-10-2026\n";
        Uploads.Upload upload = imports.upload(director, program, "x.csv", sheet.getBytes(StandardCharsets.UTF_8));

        Preview preview = imports.preview(director, program, upload.id(), null, new ImportChoices(true, Map.of()));

        assertThat(preview.rows().get(0).problems())
                .containsExactly("«Causa de derivación»: admite como máximo 4.000 caracteres.");
        assertThat(preview.rows().get(1).problems())
                .containsExactly("«NNA»: no puede contener etiquetas HTML ni código.");
        assertThat(preview.rows().get(2).outcome()).isEqualTo(Preview.RowOutcome.NEW);
        assertThat(preview.rows().get(2).read().givenNames()).isEqualTo("Luis");
    }

    private String sheet(String... ruts) {
        StringBuilder sheet = new StringBuilder(
                "RUT;NNA;Organismo derivador;RIT;Causa de derivación;Fecha de recepción\n");
        int n = 1;
        for (String rut : ruts) {
            sheet.append(rut).append(";Niña ").append(Fixtures.unique("N")).append(" Soto;").append(courtName)
                    .append(";F-").append(n++).append("-2026;Maltrato;01-10-2026\n");
        }
        return sheet.toString();
    }

    private long count() {
        return jdbc.sql("select count(*) from waiting_list_entry where program_id = ?").param(program)
                .query(Long.class).single();
    }
}
