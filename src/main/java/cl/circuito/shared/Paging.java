package cl.circuito.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The one way a read model turns "page n of size s" into a slice of rows. Page numbers come from links a user can
 * edit and from API clients: a negative page is the first, a size outside 1–{@value #MAX_SIZE} is brought within
 * (the API validates and names the parameter before this; pages are forgiving), a page past the end is simply empty.
 */
public final class Paging {

    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    public static Pageable of(int page, int size) {
        return PageRequest.of(Math.max(0, page), Math.max(1, Math.min(MAX_SIZE, size)));
    }
}
