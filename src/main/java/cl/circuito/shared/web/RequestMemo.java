package cl.circuito.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers a value for the rest of one page view: the navigation bar, the controller and the service of a page
 * all ask for the same program, and the database should be asked once. Only a GET that came through the servlet
 * filters remembers anything: it changes no record it reads, so nothing it remembers can go stale while it runs,
 * and nothing outlives it. A change (POST), a job, or a test calling services directly always reads again.
 *
 * <p>It starts before the security filters (Boot's at -100), which read the signed-in user and the programs assigned
 * to them in one statement, and after the filter that exposes the request to the thread (-105), which it reads.
 */
@Component
@Order(-104)
public final class RequestMemo extends OncePerRequestFilter {

    private static final String ATTRIBUTE = RequestMemo.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            request.setAttribute(ATTRIBUTE, new HashMap<>());
        }
        chain.doFilter(request, response);
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> load) {
        Map<Object, Object> memo = memo();
        if (memo == null) {
            return load.get();
        }
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T value = load.get();
        memo.put(key, value);
        return value;
    }

    /** Remembers a value loaded along with another one (a program found in a list of programs). */
    public static void put(Object key, Object value) {
        Map<Object, Object> memo = memo();
        if (memo != null) {
            memo.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> memo() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null
                : (Map<Object, Object>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }
}
