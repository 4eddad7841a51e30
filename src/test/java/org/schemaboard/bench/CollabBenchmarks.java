package org.schemaboard.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the collaboration benchmarks: {@code all} (the default) or one of {@code latency}, {@code writers},
 * {@code capacity}, followed by that benchmark's own arguments. With {@code all}, each runs in a JVM of its own, so
 * one benchmark's heap and threads do not colour the next one's figures.
 */
public final class CollabBenchmarks {

    private static final Map<String, Class<?>> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("latency", CollabLatencyBenchmark.class);
        BENCHMARKS.put("writers", ConcurrentWritersBenchmark.class);
        BENCHMARKS.put("capacity", SessionCapacityBenchmark.class);
        BENCHMARKS.put("diff", DiffBenchmark.class);
        BENCHMARKS.put("large-browser", LargeDesignBrowserBenchmark.class);
    }

    /** Run only when named: they generate a design of 10,000 tables first. */
    private static final Set<String> ONLY_BY_NAME = Set.of("large-browser");

    private CollabBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        // Maven passes -Dbench.args="5 3" as one argument: split it.
        List<String> rest = new ArrayList<>(Arrays.asList(String.join(" ", args).strip().split("\\s+")));
        rest.removeIf(String::isBlank);
        String which = rest.isEmpty() ? "all" : rest.remove(0);
        if (!which.equals("all") && !BENCHMARKS.containsKey(which)) {
            System.err.println("Unknown benchmark " + which + "; use all, " + String.join(", ", BENCHMARKS.keySet()));
            System.exit(2);
        }
        int failed = 0;
        for (var benchmark : BENCHMARKS.entrySet()) {
            boolean inAll = which.equals("all") && !ONLY_BY_NAME.contains(benchmark.getKey());
            if (inAll || which.equals(benchmark.getKey())) {
                failed += run(benchmark.getValue(), which.equals("all") ? List.of() : rest) == 0 ? 0 : 1;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    private static int run(Class<?> main, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-classpath");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        System.out.println("=== " + main.getSimpleName() + " " + String.join(" ", args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
