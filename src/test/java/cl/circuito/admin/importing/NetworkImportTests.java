package cl.circuito.admin.importing;

import cl.circuito.identity.UserAdministration;
import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.InstitutionData;
import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.network.ReferrerKind;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cl.circuito.testing.Fixtures.ROOT;
import static cl.circuito.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bringing the network in from the sheets people keep: messy files, idempotency, all or nothing, scope, the API. */
@CircuitoTest
class NetworkImportTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Autowired MockMvc mvc;
    @Autowired NetworkImport imports;
    @Autowired NetworkAdministration network;
    @Autowired UserAdministration users;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired GreenMail greenMail;
    @Autowired ApiTokenManagement tokens;

    Actor admin;
    String tag;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(Role.ADMIN, Set.of());
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void institutionsFromAWindowsCsvWithATitleRowAreCreatedOnceAndRecognisedAfterwards() {
        network.createInstitution(ROOT, new InstitutionData("Fundación Existente " + tag, null, null, null, null));
        byte[] csv = ("Listado de instituciones colaboradoras 2026;;\n"
                + ";;\n"
                + "Nombre de la institución;RUT;Correo electrónico\n"
                + "Fundación Ñandú " + tag + ";65.111.222-3;contacto@nandu.cl\n"
                + "fundación existente " + tag + ";;otro@correo.cl\n"
                + "Corporación Araucaria " + tag + ";;\n"
                + "FUNDACIÓN ÑANDÚ " + tag + ";;\n"
                + ";;sin-nombre@correo.cl\n").getBytes(WINDOWS_1252);

        NetworkImportPreview preview = imports.upload(admin, NetworkImportKind.INSTITUTIONS, "instituciones.csv", csv);

        assertThat(preview.headerRow()).isEqualTo(3);
        assertThat(preview.rows()).extracting(NetworkImportPreview.Row::row, NetworkImportPreview.Row::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, NetworkImportPreview.Status.CREATE),
                        org.assertj.core.groups.Tuple.tuple(5, NetworkImportPreview.Status.EXISTS),
                        org.assertj.core.groups.Tuple.tuple(6, NetworkImportPreview.Status.CREATE),
                        org.assertj.core.groups.Tuple.tuple(7, NetworkImportPreview.Status.REFUSED),
                        org.assertj.core.groups.Tuple.tuple(8, NetworkImportPreview.Status.REFUSED));
        assertThat(preview.rows().get(0).description()).isEqualTo("Fundación Ñandú " + tag);
        assertThat(preview.rows().get(1).notes()).containsExactly(
                "«Correo electrónico»: en Circuito «—», en la planilla «otro@correo.cl» (no se cambia)");
        assertThat(preview.rows().get(3).problems()).containsExactly(
                "Fila 7, «Nombre de la institución»: ya aparece en la fila 4 de esta planilla.");
        assertThat(preview.rows().get(4).problems()).containsExactly("Fila 8, «Nombre de la institución»: falta el dato.");

        NetworkImportResult result = imports.confirm(admin, NetworkImportKind.INSTITUTIONS, preview.uploadId());
        assertThat(result).isEqualTo(new NetworkImportResult(NetworkImportKind.INSTITUTIONS, "instituciones.csv", 2, 1, 2));
        assertThat(count("institution", "%" + tag)).isEqualTo(3);

        // The same confirmation again, and the same file uploaded again, create nothing new.
        assertThat(imports.confirm(admin, NetworkImportKind.INSTITUTIONS, preview.uploadId()).created()).isZero();
        NetworkImportPreview again = imports.upload(admin, NetworkImportKind.INSTITUTIONS, "instituciones.csv", csv);
        assertThat(again.toCreate()).isZero();
        assertThat(again.existing()).isEqualTo(3);
        assertThat(imports.confirm(admin, NetworkImportKind.INSTITUTIONS, again.uploadId()).created()).isZero();
        assertThat(count("institution", "%" + tag)).isEqualTo(3);

        String audited = jdbc.sql("select changes::text from audit_event where subject_id = ? order by occurred_at limit 1")
                .param(preview.uploadId()).query(String.class).single();
        assertThat(audited).contains("instituciones.csv").contains(preview.checksum()).contains("Corporación Araucaria " + tag);
    }

    @Test
    void programsNameTheirComunaByCodeOrNameAndTheRefusedRowsComeBackAsAFileToFix() throws Exception {
        String institution = "Fundación Los Aromos " + tag;
        network.createInstitution(ROOT, new InstitutionData(institution, null, null, null, null));
        String existing = "PRM-" + tag + "-0";
        network.createProgram(ROOT, network.institutionNamed(ROOT, institution).orElseThrow().id(),
                new ProgramData("PRM", "PRM Existente " + tag, existing, "13101", null, null, null, 40, false, true));
        byte[] csv = ("Programas de la región;;;;;;\n"
                + "Cod. proyecto;Nombre del programa;Modalidad;Comuna;Institución;Cobertura;Profesional de apoyo\n"
                + "PRM-" + tag + "-1;PRM Ñuñoa " + tag + ";PRM;nunoa;" + institution + ";60;Sí\n"
                + "PIE-" + tag + "-2;PIE Santiago " + tag + ";Programa de Intervención Especializada;13101;" + institution + ";45;no\n"
                + existing + ";PRM Existente " + tag + ";PRM;Santiago;" + institution + ";50;\n"
                + "PPF-" + tag + "-3;PPF Alto " + tag + ";PPF;Ñuñoa Alto;" + institution + ";treinta;\n"
                + "PPF-" + tag + "-4;PPF Sin Institución " + tag + ";PPF;13120;Fundación Inexistente " + tag + ";20;\n"
                + "PRM-" + tag + "-5;prm ñuñoa " + tag + ";PRM;13120;" + institution + ";10;\n")
                .getBytes(WINDOWS_1252);

        NetworkImportPreview preview = imports.upload(admin, NetworkImportKind.PROGRAMS, "programas.csv", csv);

        assertThat(preview.rows()).extracting(NetworkImportPreview.Row::status).containsExactly(
                NetworkImportPreview.Status.CREATE, NetworkImportPreview.Status.CREATE,
                NetworkImportPreview.Status.EXISTS, NetworkImportPreview.Status.REFUSED,
                NetworkImportPreview.Status.REFUSED, NetworkImportPreview.Status.REFUSED);
        assertThat(preview.rows().get(5).problems()).containsExactly(
                "Fila 8, «Nombre del programa»: ya aparece en la fila 3 de esta planilla.");
        assertThat(preview.rows().get(2).notes()).containsExactly(
                "«Cobertura»: en Circuito «40», en la planilla «50» (no se cambia)");
        assertThat(preview.rows().get(3).problems()).containsExactly(
                "Fila 6, «Comuna»: no existe una comuna «Ñuñoa Alto» (use su nombre o su código oficial, como 13101).",
                "Fila 6, «Cobertura»: «treinta» no es un número entero.");
        assertThat(preview.rows().get(4).problems()).containsExactly("Fila 7, «Institución»: no existe una institución "
                + "«Fundación Inexistente " + tag + "» en Circuito; impórtela o créela antes.");

        String errors = mvc.perform(get("/admin/import/programs/{id}/refused.csv", preview.uploadId())
                        .with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors).contains("Cod. proyecto;Nombre del programa").contains("Ñuñoa Alto")
                .contains("Fundación Inexistente").doesNotContain("PRM Ñuñoa " + tag);

        imports.confirm(admin, NetworkImportKind.PROGRAMS, preview.uploadId());
        assertThat(jdbc.sql("select comuna_code || '/' || agreed_capacity || '/' || has_support_professional from program where code = ?")
                .param("PRM-" + tag + "-1").query(String.class).single()).isEqualTo("13120/60/true");
        assertThat(jdbc.sql("select modality_code || '/' || comuna_code from program where code = ?")
                .param("PIE-" + tag + "-2").query(String.class).single()).isEqualTo("PIE/13101");
        assertThat(count("program", "%" + tag)).isEqualTo(3);
    }

    @Test
    void referrersFromAnXlsxWithNumericComunaCodesThatLostTheirZero() throws Exception {
        network.createReferrer(ROOT, new NetworkAdministration.ReferrerData(ReferrerKind.OPD, "OPD Existente " + tag,
                null, null, null, null, true));
        byte[] xlsx;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Derivadores");
            sheet.createRow(0).createCell(0).setCellValue("Organismos derivadores de la región");
            var header = sheet.createRow(2);
            header.createCell(0).setCellValue("Nombre oficial");
            header.createCell(1).setCellValue("Tipo de organismo");
            header.createCell(2).setCellValue("Código comuna");
            Object[][] rows = {
                    {"Juzgado de Familia de Valparaíso " + tag, "Tribunal de Familia", 5101},
                    {"OPD Existente " + tag, "OPD", 13101},
                    {"Escuela Los Robles " + tag, "Establecimiento educacional", 13120},
                    {"Posta Rural " + tag, "Consultorio", 13120}};
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(3 + i);
                row.createCell(0).setCellValue((String) rows[i][0]);
                row.createCell(1).setCellValue((String) rows[i][1]);
                row.createCell(2).setCellValue((Integer) rows[i][2]);
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        NetworkImportPreview preview = imports.upload(admin, NetworkImportKind.REFERRERS, "derivadores.xlsx", xlsx);

        assertThat(preview.rows()).extracting(NetworkImportPreview.Row::status).containsExactly(
                NetworkImportPreview.Status.CREATE, NetworkImportPreview.Status.EXISTS,
                NetworkImportPreview.Status.CREATE, NetworkImportPreview.Status.REFUSED);
        assertThat(preview.rows().get(1).notes()).containsExactly(
                "«Código comuna»: en Circuito «—», en la planilla «Santiago» (no se cambia)");
        assertThat(preview.rows().get(3).problems()).containsExactly("Fila 7, «Tipo de organismo»: no existe el tipo "
                + "de organismo «Consultorio» (por ejemplo: Tribunal de Familia, OPD, Salud, Otro).");
        imports.confirm(admin, NetworkImportKind.REFERRERS, preview.uploadId());
        assertThat(jdbc.sql("select kind || '/' || comuna_code from referrer where name = ?")
                .param("Juzgado de Familia de Valparaíso " + tag).query(String.class).single()).isEqualTo("FAMILY_COURT/05101");
        assertThat(jdbc.sql("select kind from referrer where name = ?").param("Escuela Los Robles " + tag)
                .query(String.class).single()).isEqualTo("SCHOOL");
    }

    @Test
    void aMissingRequiredColumnIsNamedAndNothingIsKept() {
        byte[] csv = "Código;Nombre del programa;Modalidad;Institución;Plazas\nX;Y;PRM;Z;3\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.upload(admin, NetworkImportKind.PROGRAMS, "p.csv", csv))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey(), e -> ((DomainException) e).field())
                .containsExactly("networkImport.error.missingColumns", "file");
    }

    @Test
    void referrersAreFamilyCourtsByDefaultAndConfirmingTwiceAtOnceCreatesThemOnce() throws Exception {
        String csv = "Tribunal;Comuna\n"
                + "Juzgado de Familia de Pudahuel " + tag + ";Pudahuel\n"
                + "Juzgado de Letras de Peñaflor " + tag + ";13605\n";
        NetworkImportPreview preview = imports.upload(admin, NetworkImportKind.REFERRERS, "tribunales.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.toCreate()).isEqualTo(2);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<NetworkImportResult> confirm = () -> imports.confirm(admin, NetworkImportKind.REFERRERS, preview.uploadId());
            List<Future<NetworkImportResult>> both = pool.invokeAll(List.of(confirm, confirm));
            int created = 0;
            for (Future<NetworkImportResult> one : both) {
                created += one.get().created();
            }
            assertThat(created).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from referrer where name like ? and kind = ?")
                .params("%" + tag, ReferrerKind.FAMILY_COURT.name()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void usersAreInvitedByEmailAndAFailingRowUndoesTheWholeImport() throws Exception {
        UUID program = fixtures.program("PRM", "13101");
        String code = "PRM-" + tag + "-U";
        jdbc.sql("update program set code = ? where id = ?").params(code, program).update();
        String taken = "ocupado-" + tag + "@prueba.cl";
        String ana = "ana-" + tag + "@prueba.cl";
        String rows = "Nombre;Correo;Rol;Programas\n"
                + "Ana Pérez;" + ana + ";Directora de programa;" + code + "\n"
                + "Bruno Soto;" + taken + ";Profesional del programa;" + code + "\n";

        NetworkImportPreview preview = imports.upload(admin, NetworkImportKind.USERS, "usuarios.csv",
                rows.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.toCreate()).isEqualTo(2);
        // A row the database refuses while creating (a trigger standing for any failure between two writes):
        // nothing of the import is kept, and no invitation leaves.
        jdbc.sql("""
                create or replace function test_refuse_user() returns trigger language plpgsql as $$
                begin
                  if new.full_name = 'Bruno Soto' then raise exception 'refused by test'; end if;
                  return new;
                end $$""").update();
        jdbc.sql("create trigger test_refuse_user before insert on app_user for each row "
                + "execute function test_refuse_user()").update();
        try {
            assertThatThrownBy(() -> imports.confirm(admin, NetworkImportKind.USERS, preview.uploadId()))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            jdbc.sql("drop trigger test_refuse_user on app_user").update();
            jdbc.sql("drop function test_refuse_user()").update();
        }
        assertThat(users.withEmail(ROOT, ana)).isEmpty();
        assertThat(mailsTo(ana)).isEmpty();

        // Meanwhile, an account whose username is the e-mail the sheet brings for Bruno: confirming re-checks the
        // rows, creates Ana and leaves Bruno's row out; uploaded again, the preview names it.
        users.create(ROOT, new UserAdministration.UserDetails(taken, "Otra Persona", "distinto-" + tag + "@prueba.cl",
                null, Role.READ_ONLY, null, Set.of(program)), Fixtures.PASSWORD);
        NetworkImportPreview again = imports.upload(admin, NetworkImportKind.USERS, "usuarios.csv",
                rows.getBytes(StandardCharsets.UTF_8));
        assertThat(again.toCreate()).isEqualTo(1);
        assertThat(again.rows().get(1).problems()).singleElement().asString().contains("ya es el nombre de usuario");
        assertThat(imports.confirm(admin, NetworkImportKind.USERS, again.uploadId()).created()).isEqualTo(1);
        var created = users.withEmail(ROOT, ana).get(0);
        assertThat(created.username()).isEqualTo(ana);
        assertThat(created.role()).isEqualTo(Role.PROGRAM_DIRECTOR);
        assertThat(created.programIds()).containsExactly(program);
        assertThat(mailsTo(ana)).hasSize(1);
        assertThat(imports.confirm(admin, NetworkImportKind.USERS, again.uploadId()).created()).isZero();
        assertThat(mailsTo(ana)).hasSize(1);
    }

    @Test
    void theNationalTeamImportsButCreatesNoAdministratorsAndProgramStaffCannotImport() throws Exception {
        Actor national = fixtures.user(Role.NATIONAL_TEAM, Set.of());
        String rows = "Nombre;Correo;Rol;Región\n"
                + "Carla Rojas;carla-" + tag + "@prueba.cl;Administradora;\n"
                + "Diego Lara;diego-" + tag + "@prueba.cl;Gestor territorial;Metropolitana\n";
        NetworkImportPreview preview = imports.upload(national, NetworkImportKind.USERS, "u.csv",
                rows.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.rows().get(0).problems()).containsExactly(
                "Fila 2, «Rol»: solo la administración puede crear usuarios con el rol «Administrador(a)».");
        assertThat(preview.rows().get(1).status()).isEqualTo(NetworkImportPreview.Status.CREATE);
        imports.confirm(national, NetworkImportKind.USERS, preview.uploadId());
        assertThat(users.withEmail(ROOT, "diego-" + tag + "@prueba.cl").get(0).regionCode()).isEqualTo("13");
        assertThat(users.withEmail(ROOT, "carla-" + tag + "@prueba.cl")).isEmpty();

        mvc.perform(get("/admin/import").with(fixtures.as(national))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Importar la red desde una planilla")));
        // Another user's upload is not found.
        mvc.perform(get("/admin/import/users/{id}", preview.uploadId()).with(fixtures.as(admin)))
                .andExpect(status().isNotFound());
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        mvc.perform(get("/admin/import").with(fixtures.as(director))).andExpect(status().isForbidden());
    }

    @Test
    void thePageUploadsPreviewsAndConfirms() throws Exception {
        String name = "Corporación Página " + tag;
        MockMultipartFile file = new MockMultipartFile("file", "red.csv", "text/csv",
                ("Institución;Teléfono\n" + name + ";+56 2 2345 6789\n").getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/admin/import").file(file).param("importKind", "INSTITUTIONS")
                        .with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(fixtures.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Se creará")))
                .andExpect(content().string(containsString("Importar 1 fila válida")));
        mvc.perform(post(location + "/confirm").with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().is3xxRedirection());
        assertThat(network.institutionNamed(ROOT, name).orElseThrow().phone()).isEqualTo("+56 2 2345 6789");

        MockMultipartFile pdf = new MockMultipartFile("file", "red.pdf", "application/pdf", "%PDF-1.4".getBytes());
        mvc.perform(multipart("/admin/import").file(pdf).param("importKind", "INSTITUTIONS")
                        .with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().isUnprocessableContent());
        MockMultipartFile noHeader = new MockMultipartFile("file", "red.csv", "text/csv",
                "Comuna;Plazas\nÑuñoa;3\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/import").file(noHeader).param("importKind", "PROGRAMS")
                        .with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Falta la columna «Código»")));
    }

    @Test
    void theApiUploadsPreviewsAndConfirms() throws Exception {
        String bearer = "Bearer " + tokens.create(admin, "importación").secret();
        String name = "Juzgado de Familia de Talca " + tag;
        MockMultipartFile file = new MockMultipartFile("file", "tribunales.csv", "text/csv",
                ("Nombre;Tipo;Comuna\n" + name + ";Tribunal de Familia;Talca\n" + name + ";;Talca\nOPD Lejana " + tag
                        + ";OPD;Comuna Inventada\n").getBytes(StandardCharsets.UTF_8));
        String body = mvc.perform(multipart("/api/v1/network-imports/referrers").file(file).header("Authorization", bearer))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("REFERRERS"))
                .andExpect(jsonPath("$.toCreate").value(1))
                .andExpect(jsonPath("$.refused").value(2))
                .andExpect(jsonPath("$.rows[1].problems[0]").value("Fila 3, «Nombre»: ya aparece en la fila 2 de esta planilla."))
                .andExpect(jsonPath("$.rows[2].problems[0]").value(containsString("no existe una comuna «Comuna Inventada»")))
                .andReturn().getResponse().getContentAsString();
        String id = body.replaceAll("(?s).*\"uploadId\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/network-imports/referrers/{id}", id).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.toCreate").value(1));
        mvc.perform(get("/api/v1/network-imports/referrers/{id}/refused-rows", id).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")));
        mvc.perform(post("/api/v1/network-imports/referrers/{id}/confirm", id).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.refused").value(2));
        mvc.perform(post("/api/v1/network-imports/referrers/{id}/confirm", id).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.existing").value(1));
        mvc.perform(post("/api/v1/network-imports/nothing/{id}/confirm", id).header("Authorization", bearer))
                .andExpect(status().isNotFound());
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(fixtures.program("PRM", "13101")));
        mvc.perform(multipart("/api/v1/network-imports/referrers").file(file)
                        .header("Authorization", "Bearer " + tokens.create(director, "x").secret()))
                .andExpect(status().isForbidden());
    }

    private int count(String table, String namePattern) {
        return jdbc.sql("select count(*) from " + table + " where name like ?").param(namePattern)
                .query(Integer.class).single();
    }

    private List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            try {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                    found.add(m);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }
}
