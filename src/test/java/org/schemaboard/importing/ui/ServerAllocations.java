package org.schemaboard.importing.ui;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated so far by the embedded server's request threads (Tomcat's {@code http-nio-…} workers), which run
 * in the test's JVM: what a request cost the heap, whatever the garbage collector has freed since.
 */
final class ServerAllocations {

    private ServerAllocations() {
    }

    static long now() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("http-nio-"))
                .mapToLong(t -> Math.max(0, threads.getThreadAllocatedBytes(t.getId()))).sum();
    }
}
