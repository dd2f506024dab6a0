package cl.circuito.calendar.web;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calendar's JSON API: holidays of a year, the end of a term, and problem details for bad input. */
@CircuitoTest
class CalendarApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    private RequestPostProcessor client;

    @BeforeEach
    void user() {
        client = fixtures.as(fixtures.user(Role.NATIONAL_TEAM, Set.of()));
    }

    @Test
    void listsTheHolidaysOfAYearForAComuna() throws Exception {
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2026").param("comuna", "15101").with(client))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].date").value("2026-01-01"))
                .andExpect(jsonPath("$[0].name").value("Año Nuevo"))
                .andExpect(jsonPath("$[0].kind").value("NATIONAL"))
                .andExpect(jsonPath("$[?(@.date == '2026-06-21')].name").value(hasItem("Día Nacional de los Pueblos Indígenas")))
                .andExpect(jsonPath("$[?(@.date == '2026-06-21')].legalBasis").value(hasItem("Ley 21.357")))
                .andExpect(jsonPath("$[?(@.date == '2026-06-07')].kind").value(hasItem("REGIONAL")));
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2026").with(client))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.date == '2026-06-07')]").isEmpty());
    }

    @Test
    void computesTheEndOfATermInBusinessDays() throws Exception {
        mvc.perform(get("/api/v1/calendar/business-days/add")
                        .param("from", "2026-11-20").param("days", "10").param("comuna", "13101").with(client))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-11-20"))
                .andExpect(jsonPath("$.days").value(10))
                .andExpect(jsonPath("$.dueOn").value("2026-12-04"));
        // Fiestas Patrias 2024: 18, 19 and 20 September are holidays.
        mvc.perform(get("/api/v1/calendar/business-days/add").param("from", "2024-09-17").param("days", "1")
                        .with(client))
                .andExpect(jsonPath("$.dueOn").value("2024-09-23"));
    }

    @Test
    void aYearOutsideTheCalendarIsAProblemDetailNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2005").with(client))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.title").value("Datos no válidos"))
                .andExpect(jsonPath("$.detail").value(containsString("año 2005")))
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/calendar/business-days/add").param("from", "2001-03-01").param("days", "5")
                        .with(client))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«Fecha de inicio»")));
    }

    @Test
    void otherBadInputIsAProblemDetailToo() throws Exception {
        mvc.perform(get("/api/v1/calendar/business-days/add").param("from", "2026-11-20").param("days", "-1")
                        .with(client))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("days"));
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2026").param("comuna", "Arica").with(client))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("comuna"));
        // "20-11-2026" is a date now (InputDates reads how people write dates in Chile); 30 February is none.
        mvc.perform(get("/api/v1/calendar/business-days/add").param("from", "30-02-2026").param("days", "1")
                        .with(client))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/calendar/business-days/add").param("days", "1").with(client))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void requiresAuthentication() throws Exception {
        mvc.perform(get("/api/v1/calendar/holidays").param("year", "2026"))
                .andExpect(status().isUnauthorized());
    }
}
