package cl.circuito.networkmap.map.web;

import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.Actor;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CircuitoTest
class NetworkApiTests {

    @Autowired MockMvc mvc;
    @Autowired MesaFixtures mesaFixtures;
    @Autowired ApiTokenManagement tokens;

    private String bearer(Actor actor) {
        return "Bearer " + tokens.create(actor, "integración").secret();
    }

    @Test
    void theNetworkMapOverJsonWithItsErrorsInSpanishNamingTheField() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String co = bearer(w.coFacilitator());
        String url = "/api/v1/mesas/" + w.mesaId() + "/network";

        mvc.perform(post(url + "/members").header("Authorization", co))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(4));
        String liceo = JsonPath.read(mvc.perform(post(url + "/actors").header("Authorization", co)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Liceo Narciso Tondreau\", \"kind\": \"INSTITUTION\", \"sectorCode\": \"EDUCACION\", \"role\": \"REFERS\", \"tie\": \"NONE\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sectorName").value("Educación"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
        mvc.perform(post(url + "/actors").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"LICEO NARCISO TONDREAU\", \"kind\": \"INSTITUTION\", \"tie\": \"NONE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Ya hay un actor llamado «LICEO NARCISO TONDREAU» en el mapa de esta Mesa."));
        mvc.perform(post(url + "/ties").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromActorId\": \"" + liceo + "\", \"toActorId\": \"" + liceo + "\", \"kind\": \"REFERRALS\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("toActorId"));
        String network = mvc.perform(get(url).header("Authorization", bearer(w.member())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actors.length()").value(5))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String opd = JsonPath.<java.util.List<String>>read(network, "$.actors[?(@.name == 'OPD')].id").get(0);
        mvc.perform(post(url + "/ties").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromActorId\": \"" + liceo + "\", \"toActorId\": \"" + opd + "\", \"kind\": \"REFERRALS\", \"note\": \"Derivaciones desde el aula\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post(url + "/notes").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"La red deriva tarde desde educación.\"}"))
                .andExpect(status().isCreated());
        mvc.perform(put(url + "/positions").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"actorId\": \"" + liceo + "\", \"x\": 10, \"y\": 20}]"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.moved").value(1));
        mvc.perform(get(url).header("Authorization", bearer(w.national())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ties[0].note").value("Derivaciones desde el aula"))
                .andExpect(jsonPath("$.notes[0].text").value("La red deriva tarde desde educación."))
                .andExpect(jsonPath("$.actors[?(@.name == 'Liceo Narciso Tondreau')].ties", hasItem(1)));
        mvc.perform(put(url + "/actors/" + liceo).header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 3, \"name\": \"Liceo\", \"kind\": \"INSTITUTION\", \"tie\": \"STRATEGIC\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put(url + "/actors/" + liceo).header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Liceo\", \"kind\": \"INSTITUTION\", \"tie\": \"STRATEGIC\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(post(url + "/actors").header("Authorization", bearer(w.member())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Otro\", \"kind\": \"OTHER\", \"tie\": \"NONE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(url).header("Authorization", bearer(w.outsider()))).andExpect(status().isNotFound());
        mvc.perform(delete(url + "/actors/" + liceo).param("version", "0").header("Authorization", co))
                .andExpect(status().isOk()).andExpect(jsonPath("$.removedTies").value(1));
    }

    @Test
    void protocolsOverJsonWithTheirDocument() throws Exception {
        MesaWorld w = mesaFixtures.world();
        String co = bearer(w.coFacilitator());
        String url = "/api/v1/mesas/" + w.mesaId() + "/protocols";

        mvc.perform(post(url).header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Protocolo de abordaje de riesgo suicida\", \"parties\": \"CESFAM\", \"status\": \"IN_FORCE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("agreedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("Para que esté vigente, indique la fecha en que se acordó."));
        String id = JsonPath.read(mvc.perform(post(url).header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Protocolo de abordaje de riesgo suicida\", \"parties\": \"CESFAM\", \"sectorCode\": \"SALUD\", \"status\": \"IN_FORCE\", \"agreedOn\": \"2026-01-10\", \"validFrom\": \"2026-01-10\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inForce").value(true))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
        mvc.perform(put(url + "/" + id).header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"title\": \"Protocolo de abordaje de riesgo suicida\", \"parties\": \"CESFAM; COSAM\", \"agreedOn\": \"2026-01-10\", \"validFrom\": \"2026-02-01\", \"validUntil\": \"2026-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"));
        mvc.perform(multipart(url + "/" + id + "/document").file(new MockMultipartFile("file", "nota.txt", "text/plain",
                        "hola".getBytes(StandardCharsets.UTF_8))).param("version", "0").header("Authorization", co))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("document"));
        byte[] pdf = "%PDF-1.7 protocolo".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart(url + "/" + id + "/document").file(new MockMultipartFile("file", "protocolo.pdf",
                        "application/pdf", pdf)).param("version", "0").header("Authorization", co))
                .andExpect(status().isOk()).andExpect(jsonPath("$.documentName").value("protocolo.pdf"));
        mvc.perform(get(url + "/" + id + "/document").header("Authorization", bearer(w.member())))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf));
        mvc.perform(post(url + "/" + id + "/status").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1, \"status\": \"DRAFT\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post(url + "/" + id + "/status").header("Authorization", co).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1, \"status\": \"EXPIRED\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXPIRED"))
                .andExpect(jsonPath("$.inForce").value(false));
        mvc.perform(get(url).header("Authorization", bearer(w.manager())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].parties").value("CESFAM"));
        mvc.perform(get(url).header("Authorization", bearer(w.outsider()))).andExpect(status().isNotFound());
    }
}
