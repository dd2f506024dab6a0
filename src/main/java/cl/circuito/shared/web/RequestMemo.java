package cl.circuito.shared.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers a value for the rest of the current web request: the navigation bar, the controller and the
 * service of one page all ask for the same program, and the database should be asked once. Nothing outlives
 * the request, so a change made by someone else is seen on the next page, on any node. Outside a request
 * (jobs, tests calling services) nothing is remembered.
 */
public final class RequestMemo {

    private static final String ATTRIBUTE = RequestMemo.class.getName();

    private RequestMemo() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> load) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return load.get();
        }
        Map<Object, Object> memo = (Map<Object, Object>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<>();
            request.setAttribute(ATTRIBUTE, memo, RequestAttributes.SCOPE_REQUEST);
        }
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T value = load.get();
        memo.put(key, value);
        return value;
    }

    /** Remembers a value loaded along with another one (a program found in a list of programs). */
    @SuppressWarnings("unchecked")
    public static void put(Object key, Object value) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        Map<Object, Object> memo = (Map<Object, Object>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<>();
            request.setAttribute(ATTRIBUTE, memo, RequestAttributes.SCOPE_REQUEST);
        }
        memo.put(key, value);
    }
}
