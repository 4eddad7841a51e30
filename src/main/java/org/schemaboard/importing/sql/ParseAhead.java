package org.schemaboard.importing.sql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.jooq.DSLContext;
import org.jooq.Queries;

/**
 * Parses a dump's statements with jOOQ on a second thread, ahead of the reader, which uses a result when it asks for
 * the same text of the same statement and parses itself otherwise. Only an optimisation: whatever the helper thread
 * does or fails to do, the reader gets what its own parse would have given. The helper keeps at most {@value #LEAD}
 * statements ahead, so the parsed trees waiting for the reader stay few.
 */
final class ParseAhead implements AutoCloseable {

    /** Below this many statements a second thread costs more than it saves. */
    static final int WORTH_IT = 500;
    private static final int LEAD = 400;

    /** A parse done ahead: the text parsed, and the Queries or the RuntimeException jOOQ gave. */
    private record Parsed(String text, Object result) {
    }

    private final DSLContext parser;
    private final Map<Integer, Parsed> ready = new ConcurrentHashMap<>();
    private final AtomicInteger position = new AtomicInteger();
    private volatile boolean closed;
    private final Thread helper;

    /**
     * @param textOf the text the reader will parse for statement {@code i}, or null when it parses none (the same
     *               pure function the reader uses; statements are numbered in order)
     */
    ParseAhead(DSLContext parser, int statements, IntFunction<String> textOf) {
        this.parser = parser;
        this.helper = statements < WORTH_IT ? null : new Thread(() -> run(statements, textOf), "sql-parse-ahead");
        if (helper != null) {
            helper.setDaemon(true);
            helper.start();
        }
    }

    private void run(int statements, IntFunction<String> textOf) {
        for (int i = 0; i < statements && !closed; i++) {
            while (i > position.get() + LEAD && !closed) {
                LockSupport.parkNanos(200_000);
            }
            if (i < position.get()) {
                continue; // the reader is past it already
            }
            try {
                String text = textOf.apply(i);
                if (text != null) {
                    Object result;
                    try {
                        result = parser.parser().parse(text);
                    } catch (RuntimeException e) {
                        result = e;
                    }
                    ready.put(i, new Parsed(text, result));
                    if (i <= position.get()) {
                        // the reader got there while this was parsed and has parsed it itself: nobody will ask
                        ready.remove(i);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                // the reader will classify and parse this statement itself and report what is wrong
            }
        }
    }

    /** The reader has reached statement {@code i}: earlier results are no longer wanted. */
    void at(int i) {
        position.set(i);
    }

    /** jOOQ's parse of {@code text} for statement {@code i}: the one done ahead if it is of the same text. */
    Queries parse(int i, String text) {
        Parsed parsed = ready.remove(i);
        if (parsed != null && parsed.text().equals(text)) {
            if (parsed.result() instanceof RuntimeException e) {
                throw e;
            }
            return (Queries) parsed.result();
        }
        return parser.parser().parse(text);
    }

    @Override
    public void close() {
        closed = true;
        ready.clear();
    }
}
