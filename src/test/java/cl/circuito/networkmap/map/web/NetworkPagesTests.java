package cl.circuito.networkmap.map.web;

import cl.circuito.networkmap.map.ActorKind;
import cl.circuito.networkmap.map.CircuitRole;
import cl.circuito.networkmap.map.MesaTie;
import cl.circuito.networkmap.map.NetworkActor;
import cl.circuito.networkmap.map.NetworkMaps;
import cl.circuito.networkmap.map.NetworkTie;
import cl.circuito.networkmap.map.TieKind;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class NetworkPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired NetworkMaps maps;
    @Autowired JdbcClient jdbc;

    @Test
    void coFacilitatorsBuildTheMapWithFormsThatWorkWithoutJavascriptAndKeepWhatWasTyped() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String base = "/mesas/" + w.mesaId() + "/network";
        mvc.perform(get(base).with(fixtures.as(w.coFacilitator())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Red y protocolos"), containsString("Protocolos vigentes"),
                        containsString("Incorporar integrantes de la Mesa"), containsString("Notas del diagnóstico de la red"))));
        mvc.perform(post(base + "/members").with(fixtures.as(w.coFacilitator())).with(csrf()))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/members").with(fixtures.as(w.coFacilitator())).with(csrf()))
                .andExpect(redirectedUrl(base));
        assertThat(jdbc.sql("select count(*) from network_actor where mesa_id = ?").param(w.mesaId())
                .query(Long.class).single()).isEqualTo(4L);

        mvc.perform(post(base + "/actors").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("name", "Liceo Narciso Tondreau").param("kind", "INSTITUTION").param("sectorCode", "EDUCACION")
                        .param("role", "REFERS").param("roleDescription", "Deriva desde el aula").param("tie", "NONE"))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/actors").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("name", "liceo narciso tondreau").param("kind", "INSTITUTION").param("tie", "NONE")
                        .param("roleDescription", "Lo que escribió"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"name-error\""),
                        containsString("Ya hay un actor llamado «liceo narciso tondreau» en el mapa de esta Mesa."),
                        containsString("value=\"Lo que escribi"))));

        UUID liceo = actorId(w, "Liceo Narciso Tondreau");
        UUID pie = actorId(w, "PIE");
        mvc.perform(post(base + "/ties").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("fromActorId", liceo.toString()).param("toActorId", liceo.toString())
                        .param("kind", "REFERRALS").param("note", "nota escrita"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"toActorId-error\""),
                        containsString("Un actor no puede vincularse consigo mismo"), containsString("value=\"nota escrita\""))));
        mvc.perform(post(base + "/ties").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("fromActorId", liceo.toString()).param("toActorId", pie.toString()).param("kind", "REFERRALS"))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/notes").with(fixtures.as(w.coFacilitator())).with(csrf()).param("text", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"text-error\""), containsString("Escriba la nota."))));
        mvc.perform(post(base + "/notes").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("text", "Falta convocar al liceo."))
                .andExpect(redirectedUrl(base));

        mvc.perform(get(base).with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Liceo Narciso Tondreau"), containsString("Sin vínculo"),
                        containsString("Detecta y deriva niños, niñas y adolescentes"), containsString("Derivaciones"),
                        containsString("Falta convocar al liceo."), containsString("Actores sin vínculo con la Mesa"),
                        containsString("data-elements="), containsString("Descargar imagen (PNG)"), containsString("Reordenar"),
                        containsString("cytoscape.min.js"),
                        containsString("red-mesa-"), containsString(LocalDate.now() + ".png"),
                        not(containsString("Agregar vínculo")), not(containsString("Incorporar integrantes")))));

        mvc.perform(get(base + "/actors/" + liceo + "/remove").with(fixtures.as(w.coFacilitator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("y con él sus 1 vínculos")));
        mvc.perform(post(base + "/actors/" + liceo + "/remove").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", "0"))
                .andExpect(redirectedUrl(base));
        assertThat(jdbc.sql("select count(*) from network_tie where mesa_id = ?").param(w.mesaId())
                .query(Long.class).single()).isZero();
        mvc.perform(post(base + "/actors/" + pie + "/remove").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", "7"))
                .andExpect(status().isConflict());
    }

    @Test
    void membersReadButDoNotEditOutsidersDoNotSeeTheMesa() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String base = "/mesas/" + w.mesaId() + "/network";
        UUID a = maps.place(w.coFacilitator(), w.mesaId(), new NetworkActor.Details("CESFAM", ActorKind.SECTOR, "SALUD",
                null, null, null, CircuitRole.ATTENDS, null, MesaTie.OCCASIONAL)).id();
        UUID b = maps.place(w.coFacilitator(), w.mesaId(), new NetworkActor.Details("Liceo", ActorKind.INSTITUTION, null,
                null, null, null, null, null, MesaTie.NONE)).id();
        maps.connect(w.coFacilitator(), w.mesaId(), new NetworkTie.Details(a, b, TieKind.COORDINATION, null, null));

        mvc.perform(get(base).with(fixtures.as(w.national()))).andExpect(status().isOk());
        mvc.perform(get(base).with(fixtures.as(w.outsider()))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/actors/new").with(fixtures.as(w.member()))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/actors").with(fixtures.as(w.member())).with(csrf())
                .param("name", "Otro").param("kind", "OTHER").param("tie", "NONE")).andExpect(status().isForbidden());
        mvc.perform(post(base + "/members").with(fixtures.as(w.manager())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(base + "/positions").with(fixtures.as(w.member())).with(csrf())
                        .contentType("application/json").content("[{\"actorId\":\"" + a + "\",\"x\":1,\"y\":2}]"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/positions").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .contentType("application/json").content("[{\"actorId\":\"" + a + "\",\"x\":120.5,\"y\":-40}]"))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select position_x from network_actor where id = ?").param(a).query(Double.class).single())
                .isEqualTo(120.5);
        mvc.perform(get(base + "/actors/" + a).with(fixtures.as(w.coFacilitator())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"CESFAM\""), containsString("Vínculo con la Mesa"))));
    }

    private UUID actorId(MesaWorld w, String name) {
        return jdbc.sql("select id from network_actor where mesa_id = ? and name = ?").param(w.mesaId()).param(name)
                .query(UUID.class).single();
    }

    @Test
    void protocolsAreListedWithTheirStatusAndTheirDocumentIsUploadedAndDownloaded() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String base = "/mesas/" + w.mesaId() + "/protocols";
        mvc.perform(get(base).with(fixtures.as(w.coFacilitator())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Red y protocolos"), containsString("Registrar protocolo"),
                        containsString("La Mesa aún no registra protocolos."))));
        MockMultipartFile image = new MockMultipartFile("file", "foto.png", "image/png",
                new byte[]{(byte) 0x89, 0x50, 0x4E, 0x47});
        mvc.perform(multipart(base).file(image).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("title", "Protocolo de abordaje de riesgo suicida").param("parties", "CESFAM Los Volcanes")
                        .param("sectorCode", "SALUD").param("status", "IN_FORCE").param("agreedOn", "2026-03-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"document-error\""),
                        containsString("«foto.png» no es un PDF, un DOCX ni un ODT."),
                        containsString("value=\"CESFAM Los Volcanes\""))));
        mvc.perform(multipart(base).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("title", "Protocolo de abordaje de riesgo suicida").param("parties", "CESFAM Los Volcanes")
                        .param("status", "IN_FORCE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"agreedOn-error\""),
                        containsString("Para que esté vigente, indique la fecha en que se acordó."))));
        // A date that is no date leaves the input unbuilt: the form still shows what was typed.
        mvc.perform(multipart(base).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("title", "Protocolo de abordaje de riesgo suicida").param("parties", "CESFAM Los Volcanes")
                        .param("status", "IN_FORCE").param("agreedOn", "marzo"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"agreedOn-error\""), containsString("value=\"marzo\""),
                        containsString("value=\"CESFAM Los Volcanes\""))));
        byte[] pdf = "%PDF-1.4\nprotocolo de prueba\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart(base).file(new MockMultipartFile("file", "riesgo suicida.pdf", "application/pdf", pdf))
                        .with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("title", "Protocolo de abordaje de riesgo suicida").param("parties", "CESFAM Los Volcanes")
                        .param("sectorCode", "SALUD").param("status", "IN_FORCE").param("agreedOn", "2026-03-01")
                        .param("validFrom", "2026-03-01"))
                .andExpect(redirectedUrl(base));
        mvc.perform(multipart(base).with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("title", "Protocolo con educación").param("parties", "DAEM").param("status", "DRAFT"))
                .andExpect(redirectedUrl(base));
        UUID suicide = jdbc.sql("select id from mesa_protocol where mesa_id = ? and title like 'Protocolo de abordaje%'")
                .param(w.mesaId()).query(UUID.class).single();
        UUID school = jdbc.sql("select id from mesa_protocol where mesa_id = ? and title = 'Protocolo con educación'")
                .param(w.mesaId()).query(UUID.class).single();

        mvc.perform(get(base).with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vigente"), containsString("text-bg-success"),
                        containsString("Borrador"), containsString("riesgo suicida.pdf"), containsString("Acordado el 01-03-2026"),
                        not(containsString("Cambiar estado")))));
        mvc.perform(get(base + "/" + suicide + "/document").with(fixtures.as(w.member())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(pdf));
        mvc.perform(get(base + "/" + school + "/document").with(fixtures.as(w.member()))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/" + suicide + "/document").with(fixtures.as(w.outsider()))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/" + suicide).with(fixtures.as(w.member()))).andExpect(status().isForbidden());

        mvc.perform(post(base + "/" + school + "/status").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", "0").param("status", "IN_FORCE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"status-" + school + "-error\""),
                        containsString("Para que esté vigente"), containsString("selected=\"selected\">Vigente</option>"))));
        mvc.perform(post(base + "/" + suicide + "/status").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", "0").param("status", "UNDER_REVIEW"))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/" + suicide + "/status").with(fixtures.as(w.coFacilitator())).with(csrf())
                        .param("version", "0").param("status", "EXPIRED"))
                .andExpect(status().isConflict());
        mvc.perform(get("/mesas/" + w.mesaId() + "/network").with(fixtures.as(w.member())))
                .andExpect(content().string(containsString("Protocolos vigentes")));
    }

    @Test
    void theImageIsNamedAfterTheComunaAndTheDay() {
        assertThat(NetworkGraph.imageName("Chillán", LocalDate.of(2026, 11, 22))).isEqualTo("red-mesa-chillan-2026-11-22.png");
        assertThat(NetworkGraph.imageName("Ñuñoa", LocalDate.of(2026, 1, 2))).isEqualTo("red-mesa-nunoa-2026-01-02.png");
    }
}
