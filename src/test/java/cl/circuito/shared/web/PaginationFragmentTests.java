package cl.circuito.shared.web;

import cl.circuito.testing.CircuitoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One pager for every list: a page with two lists names its own page parameter and keeps the other's. */
@CircuitoTest
class PaginationFragmentTests {

    @Autowired SpringTemplateEngine templates;

    private String render(String fragment, Map<String, Object> variables) {
        Context context = new Context(Locale.forLanguageTag("es-CL"), variables);
        return templates.process("fragments/pagination", Set.of(fragment), context);
    }

    @Test
    void aSecondListMovesItsOwnPageAndKeepsTheOtherListsPlace() {
        String html = render("pagerOn", Map.of("page", new PageImpl<>(List.of("x"), PageRequest.of(1, 1), 3),
                "baseUrl", "https://circuito.example/programs/p/letters?page=4", "pageParam", "issuedPage"));

        assertThat(html).contains("https://circuito.example/programs/p/letters?page=4&amp;issuedPage=0")
                .contains("https://circuito.example/programs/p/letters?page=4&amp;issuedPage=2")
                .contains("2 de 3");
    }

    @Test
    void theUsualPagerUsesThePageParameter() {
        String html = render("pager", Map.of("page", new PageImpl<>(List.of("x"), PageRequest.of(0, 1), 2),
                "baseUrl", "https://circuito.example/admin/users?q=ana"));

        assertThat(html).contains("https://circuito.example/admin/users?q=ana&amp;page=1").contains("1 de 2");
    }
}
