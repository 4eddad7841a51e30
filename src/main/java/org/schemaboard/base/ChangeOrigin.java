package org.schemaboard.base;

import java.util.function.Supplier;

/**
 * Which open editor a write comes from, carried on the writing thread to the {@link DesignChanged} it publishes. The
 * editor that saved has already shown its own change, so it skips the event; everyone else's editor applies it.
 */
public final class ChangeOrigin {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ChangeOrigin() {
    }

    /** The origin of the write running on this thread, or null (a command-line task, an import in the background). */
    public static String current() {
        return CURRENT.get();
    }

    public static <T> T during(String origin, Supplier<T> write) {
        String previous = CURRENT.get();
        CURRENT.set(origin);
        try {
            return write.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void during(String origin, Runnable write) {
        during(origin, () -> {
            write.run();
            return null;
        });
    }
}
