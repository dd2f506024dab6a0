package cl.circuito.admin;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.data.domain.Page;
import cl.circuito.shared.Paging;
import org.springframework.data.domain.Pageable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * What the administration's four tables share: 25 rows a page, filters kept in the URL (so a filtered
 * page can be bookmarked and the pager keeps the filters), and the htmx answer of only the results.
 */
final class AdminLists {

    static final int PAGE_SIZE = 25;

    private AdminLists() {
    }

    /**
     * The requested page; past the last one (a bookmark after rows were removed, a hand-typed URL) the
     * last page instead of an empty table that still counts results.
     */
    static <T> Page<T> page(int requested, Function<Pageable, Page<T>> query) {
        Page<T> rows = query.apply(Paging.of(requested, PAGE_SIZE));
        if (rows.getNumber() > 0 && rows.getNumber() >= rows.getTotalPages()) {
            return query.apply(Paging.of(rows.getTotalPages() - 1, PAGE_SIZE));
        }
        return rows;
    }

    /**
     * The list's URL with its filters and without the page, for the pager; {@code filters} alternate
     * names and values, and empty filters are left out.
     */
    static String url(String path, Object... filters) {
        // Form encoding, as the filter form itself sends them: "+" or "&" typed in the search box survive.
        StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        for (int i = 0; i + 1 < filters.length; i += 2) {
            Object value = filters[i + 1];
            if (value != null && !value.toString().isBlank()) {
                query.add(filters[i] + "=" + URLEncoder.encode(value.toString().trim(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** htmx swaps only the results when the filter form changes; a plain or boosted request gets the page. */
    static String view(HtmxRequest htmx, String page, String resultsFragment) {
        return htmx.isHtmxRequest() && !htmx.isBoosted() ? "admin/fragments :: " + resultsFragment : page;
    }
}
