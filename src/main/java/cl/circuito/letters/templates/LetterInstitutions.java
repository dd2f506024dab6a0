package cl.circuito.letters.templates;

import cl.circuito.shared.NotFound;
import cl.circuito.shared.SearchPattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The institutions as the letters' administration lists them: one query per page, with how many templates
 * each made its own and whether it has a letterhead (the network has 1,500 programs: never a query per row).
 */
@Component
class LetterInstitutions {

    private final JdbcClient jdbc;

    LetterInstitutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<InstitutionLetters> search(String typed, Pageable pageable) {
        String pattern = SearchPattern.containing(typed);
        List<InstitutionLetters> rows = jdbc.sql("""
                        select i.id, i.name,
                               (select count(*) from letter_template t where t.institution_id = i.id) as own_templates,
                               h.institution_id is not null as has_letterhead,
                               coalesce(h.logo is not null, false) as has_logo
                          from institution i
                          left join letterhead h on h.institution_id = i.id
                         where lower(unaccent(i.name)) like lower(unaccent(:pattern)) escape '!'
                         order by lower(unaccent(i.name)), i.id
                         limit :limit offset :offset""")
                .param("pattern", pattern)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> new InstitutionLetters(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getInt("own_templates"), rs.getBoolean("has_letterhead"), rs.getBoolean("has_logo")))
                .list();
        long total = jdbc.sql("select count(*) from institution i "
                        + "where lower(unaccent(i.name)) like lower(unaccent(:pattern)) escape '!'")
                .param("pattern", pattern).query(Long.class).single();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The institution's name; {@link NotFound} when there is no such institution. */
    String name(UUID institutionId) {
        return jdbc.sql("select name from institution where id = ?").param(institutionId).query(String.class)
                .optional().orElseThrow(() -> new NotFound("institution"));
    }
}
