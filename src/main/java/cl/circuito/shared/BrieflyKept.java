package cl.circuito.shared;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A small setting read on nearly every page (a target, a schedule), kept in memory for a short while so that a page
 * view does not pay a statement for it. What this node writes it forgets at once; another node's change is seen
 * within {@link #FOR}, which is what the setting's pages say. Nothing else may rely on it: the database holds the truth.
 */
public final class BrieflyKept<T> {

    /** How long another node's change may go unseen here. */
    public static final Duration FOR = Duration.ofSeconds(30);

    private final Supplier<T> read;
    private volatile Held<T> held;

    private record Held<T>(T value, long readAt) {
    }

    public BrieflyKept(Supplier<T> read) {
        this.read = read;
    }

    public T get() {
        Held<T> now = held;
        if (now == null || System.nanoTime() - now.readAt() > FOR.toNanos()) {
            now = new Held<>(read.get(), System.nanoTime());
            held = now;
        }
        return now.value();
    }

    /** After a change made here: the next read goes to the database. */
    public void forget() {
        held = null;
    }
}
