package org.schemaboard.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Which open editor a write comes from, carried on the writing thread to the {@link DesignChanged} it publishes. The
 * editor that saved has already shown its own change, so it skips the event; everyone else's editor applies it.
 *
 * <p>While a write runs {@link #during} this origin, the changes it commits are also noted on the thread (the bus's
 * after-commit listener runs on the committing thread), so the editor that saved can re-read only what they touched.
 */
public final class ChangeOrigin {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<List<DesignChanged>> COMMITTED = new ThreadLocal<>();

    private ChangeOrigin() {
    }

    /** The origin of the write running on this thread, or null (a command-line task, an import in the background). */
    public static String current() {
        return CURRENT.get();
    }

    /**
     * Runs {@code write} as coming from {@code origin}.
     *
     * @return the changes it committed, oldest first (none when it committed nothing or threw)
     */
    public static List<DesignChanged> during(String origin, Runnable write) {
        String previous = CURRENT.get();
        List<DesignChanged> outer = COMMITTED.get();
        List<DesignChanged> committed = new ArrayList<>();
        CURRENT.set(origin);
        COMMITTED.set(committed);
        try {
            write.run();
            return List.copyOf(committed);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
            if (outer == null) {
                COMMITTED.remove();
            } else {
                outer.addAll(committed);
                COMMITTED.set(outer);
            }
        }
    }

    /** Notes a change committed on this thread, for the {@link #during} it belongs to (if any). */
    public static void committed(DesignChanged change) {
        List<DesignChanged> committed = COMMITTED.get();
        if (committed != null && change.origin() != null && change.origin().equals(CURRENT.get())) {
            committed.add(change);
        }
    }
}
