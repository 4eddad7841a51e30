package org.schemaboard.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.schemaboard.Application;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.SqlImportService;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * SQL import benchmark (issue 8), run on its own, not part of {@code mvn verify}:
 * {@code mvn -Pbenchmark -Dbench.main=org.schemaboard.bench.SqlImportBenchmark -DskipTests test-compile exec:java}.
 *
 * <p>Generates a pg_dump-style dump of 2,000 tables / 40,000 columns / 3,000 foreign keys / 4,000 indexes
 * ({@link PgDumpGenerator}) and measures, after warm-up: jOOQ's bare parse of the whole file
 * ({@code DSL.using(POSTGRES).parser().parse(sql)}), our read of it into an import plan (the preview), and the import
 * itself into a new design through the model's bulk write path (one transaction, on an H2 file database in a
 * temp directory).
 * While the read and the import run, a sampler notes every 2 ms where the thread is, so the report names the hot
 * spots. Sizes and runs: {@code -Dbench.tables=…}, {@code -Dbench.columns}, {@code -Dbench.fks}, {@code -Dbench.indexes},
 * {@code -Dbench.runs} (default 3), {@code -Dbench.importRuns} (default 2).
 */
public final class SqlImportBenchmark {

    private static final String OWNER = "bench-importer";
    private static final long GOAL_MS = 3000;

    private SqlImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        PgDumpGenerator.Size size = new PgDumpGenerator.Size(Integer.getInteger("bench.tables", 2000),
                Integer.getInteger("bench.columns", 40_000), Integer.getInteger("bench.fks", 3000),
                Integer.getInteger("bench.indexes", 4000));
        int runs = Integer.getInteger("bench.runs", 3);
        int importRuns = Integer.getInteger("bench.importRuns", 2);
        StringBuilder report = new StringBuilder("## SQL import (issue 8)\n\n").append(Machine.describe()).append("\n");

        long t0 = System.nanoTime();
        String sql = PgDumpGenerator.generate(size, 20261125L);
        say("Generated the dump in %d ms: %,d bytes, %,d lines", ms(t0), sql.getBytes(StandardCharsets.UTF_8).length,
                sql.lines().count());
        report.append(String.format("- dump: pg_dump style, %,d tables, %,d columns, %,d foreign keys, %,d indexes; "
                        + "%,.1f MB, %,d lines%n%n", size.tables(), size.columns(), size.foreignKeys(), size.indexes(),
                sql.length() / 1048576.0, sql.lines().count()));

        // jOOQ's bare parse of the same file, the floor for anything that parses it. The whole file in one call stops
        // at the first statement jOOQ does not know (pg_dump's SET, OWNER TO ...), so the file is also parsed statement
        // by statement (split at ";\n", which is exact for this generated file), each failure counted and passed over.
        String whole;
        try {
            whole = DSL.using(SQLDialect.POSTGRES).parser().parse(sql).queries().length + " statements";
        } catch (RuntimeException e) {
            whole = "stops at: " + e.getMessage().lines().findFirst().orElse("");
        }
        String[] statements = sql.split(";\n");
        List<Long> bare = new ArrayList<>();
        List<Long> bareCpu = new ArrayList<>();
        List<Long> bareThreadCpu = new ArrayList<>();
        int[] failed = new int[1];
        for (int i = 0; i < runs + 1; i++) {
            failed[0] = 0;
            long start = System.nanoTime();
            long cpuStart = cpu();
            long threadStart = threadCpu();
            org.jooq.Parser parser = DSL.using(SQLDialect.POSTGRES).parser();
            for (String statement : statements) {
                try {
                    parser.parse(statement);
                } catch (RuntimeException e) {
                    failed[0]++;
                }
            }
            if (i > 0) {
                bare.add(ms(start));
                bareCpu.add((cpu() - cpuStart) / 1_000_000);
                bareThreadCpu.add((threadCpu() - threadStart) / 1_000_000);
            }
        }
        String bareNote = statements.length + " pieces, " + failed[0] + " rejected by jOOQ; the whole file in one "
                + "call " + whole;
        say("jOOQ bare parse: %s ms, process CPU %s ms, thread CPU %s ms (%s)", bare, bareCpu, bareThreadCpu,
                bareNote);

        // our read of the file into a plan: the preview, and the first half of an import
        ImportPlan plan = null;
        List<Long> reads = new ArrayList<>();
        List<Long> readCpu = new ArrayList<>();
        List<Long> readThreadCpu = new ArrayList<>();
        Sampler readSampler = new Sampler(Thread.currentThread());
        for (int i = 0; i < runs + 1; i++) {
            if (i == 1) {
                readSampler.start();
            }
            long start = System.nanoTime();
            long cpuStart = cpu();
            long threadStart = threadCpu();
            plan = SqlImportService.read(sql, ImportDialect.AUTO);
            if (i > 0) {
                reads.add(ms(start));
                readCpu.add((cpu() - cpuStart) / 1_000_000);
                readThreadCpu.add((threadCpu() - threadStart) / 1_000_000);
            }
        }
        readSampler.stop();
        say("read into a plan: %s ms, process CPU %s ms, reading thread's CPU %s ms (the parse-ahead thread, GC and "
                + "JIT not included): %s; %d skipped, %d warnings", reads, readCpu, readThreadCpu, plan.counts(), plan.skipped().size(),
                plan.warnings().size());
        if (plan.tables().size() != size.tables() || plan.foreignKeys().size() != size.foreignKeys()
                || plan.indexes().size() != size.indexes() || plan.columnCount() != size.columns()) {
            throw new IllegalStateException("The plan does not hold what the dump declares: " + plan.counts());
        }

        List<Long> imports = new ArrayList<>();
        List<Long> intoExisting = new ArrayList<>();
        List<Long> jsonRuns = new ArrayList<>();
        Sampler importSampler = new Sampler(Thread.currentThread());
        String loaded = "(not imported: -Dbench.importRuns=0)";
        Path dataDir = Files.createTempDirectory("schemaboard-sqlbench-");
        if (importRuns > 0) try (ConfigurableApplicationContext context = boot(dataDir)) {
            context.getBean(AccountService.class).createAccount("system", OWNER, "Benchmark Importer", null,
                    "bench-password", false, false);
            CurrentUser currentUser = context.getBean(CurrentUser.class);
            SqlImportService service = context.getBean(SqlImportService.class);
            importSampler = new Sampler(Thread.currentThread());
            UUID last = null;
            ImportPlan thePlan = plan;
            for (int i = 0; i < importRuns + 1; i++) {
                String name = "Imported dump " + i;
                if (i == 1) {
                    importSampler.start();
                }
                long start = System.nanoTime();
                long cpuStart = cpu();
                last = currentUser.runAs(OWNER, () -> service.importIntoNewDesign(name, TargetDatabase.POSTGRESQL,
                        thePlan));
                long took = ms(start);
                say("import %d (%s): %,d ms, process CPU %,d ms", i, i == 0 ? "cold" : "warm", took,
                        (cpu() - cpuStart) / 1_000_000);
                if (i > 0) {
                    imports.add(took);
                }
            }
            importSampler.stop();
            UUID id = last;
            DesignModel model = currentUser.runAs(OWNER, () -> context.getBean(DesignModelService.class).load(id));
            loaded = String.format("%,d entities, %,d attributes, %,d relationships, %,d indexes",
                    model.entities().size(), model.attributesById().size(), model.relationships().size(),
                    model.indexes().size());
            say("the imported design holds %s", loaded);
            // issue 22: the same plan into an existing (empty) design, which keeps an undo step, and the design.json
            // of the imported design imported back as a new design
            for (int i = 0; i < importRuns + 1; i++) {
                UUID target = currentUser.runAs(OWNER, () -> context.getBean(org.schemaboard.design.DesignService.class)
                        .create(new org.schemaboard.design.DesignDraft("Existing design " + UUID.randomUUID(),
                                TargetDatabase.POSTGRESQL, null)));
                long start = System.nanoTime();
                long cpuStart = cpu();
                currentUser.runAs(OWNER, () -> {
                    service.importInto(target, thePlan);
                    return target;
                });
                long took = ms(start);
                say("import into an existing design %d (%s): %,d ms, process CPU %,d ms", i, i == 0 ? "cold" : "warm",
                        took, (cpu() - cpuStart) / 1_000_000);
                if (i > 0) {
                    intoExisting.add(took);
                }
            }
            String json = org.schemaboard.export.DesignJson.write(model);
            say("design.json of the imported design: %,d chars", json.length());
            org.schemaboard.importing.json.DesignImportService jsonImports =
                    context.getBean(org.schemaboard.importing.json.DesignImportService.class);
            for (int i = 0; i < importRuns + 1; i++) {
                String name = "From json " + i;
                System.gc();
                java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
                        .forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
                long heapBefore = usedHeap();
                long start = System.nanoTime();
                long cpuStart = cpu();
                currentUser.runAs(OWNER, () -> jsonImports.importJson(json, name));
                long took = ms(start);
                say("design.json import %d (%s): %,d ms, process CPU %,d ms; heap peak %,d MB above the %,d MB before "
                        + "(the file's text included)", i, i == 0 ? "cold" : "warm", took,
                        (cpu() - cpuStart) / 1_000_000, (peakHeap() - heapBefore) >> 20, heapBefore >> 20);
                if (i > 0) {
                    jsonRuns.add(took);
                }
            }
        } finally {
            deleteRecursively(dataDir);
        }

        if (importRuns == 0) {
            deleteRecursively(dataDir);
        }
        long bestRead = reads.stream().min(Long::compare).orElseThrow();
        long bestImport = imports.stream().min(Long::compare).orElse(0L);
        report.append("| measure (warm, ms) | runs | best |\n|---|---|---|\n")
                .append(row("jOOQ bare parse, statement by statement (" + bareNote + ")", bare))
                .append(row("read into an import plan (the preview)", reads))
                .append(row("import into a new design (one transaction, ModelBatchService)", imports))
                .append(row("import into an existing empty design (one undo step recorded)", intoExisting))
                .append(row("design.json import into a new design", jsonRuns))
                .append(importRuns == 0 ? "\n" : String.format("| **read + import** | | **%,d** (goal < %,d: %s) |%n%n",
                        bestRead + bestImport, GOAL_MS, bestRead + bestImport < GOAL_MS ? "met" : "not met"))
                .append("The imported design holds ").append(loaded).append(".\n\n")
                .append("Where the read spends its time (samples every 2 ms, innermost frame of ours):\n\n")
                .append(readSampler.table())
                .append("\nWhere the import spends its time (samples every 2 ms, innermost frame of ours):\n\n")
                .append(importSampler.table())
                .append("\n- load average at the end (1, 5, 15 min): ").append(Machine.load()).append("\n");
        Machine.report("sqlimport", report.toString());
    }

    private static String row(String what, List<Long> runs) {
        return String.format("| %s | %s | %,d |%n", what, runs, runs.stream().min(Long::compare).orElse(-1L));
    }

    /**
     * A poor man's profiler: every 2 ms, the innermost frame of ours ({@code org.schemaboard}) on the thread's stack,
     * plus the innermost frame overall, counted; the table lists the frames with the most samples.
     */
    static final class Sampler {
        private final Thread target;
        private final Map<String, Integer> ours = new HashMap<>();
        private final Map<String, Integer> top = new HashMap<>();
        private volatile boolean running;
        private Thread thread;
        private int samples;

        Sampler(Thread target) {
            this.target = target;
        }

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    StackTraceElement[] stack = target.getStackTrace();
                    if (stack.length > 0) {
                        samples++;
                        top.merge(frame(stack[0]), 1, Integer::sum);
                        for (StackTraceElement e : stack) {
                            if (e.getClassName().startsWith("org.schemaboard")
                                    && !e.getClassName().startsWith("org.schemaboard.bench")) {
                                ours.merge(frame(e), 1, Integer::sum);
                                break;
                            }
                        }
                    }
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException ex) {
                        return;
                    }
                }
            }, "sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            if (thread != null) {
                thread.join();
            }
        }

        String table() {
            StringBuilder s = new StringBuilder("| frame of ours | share | innermost frame | share |\n|---|---|---|---|\n");
            List<Map.Entry<String, Integer>> a = sorted(ours);
            List<Map.Entry<String, Integer>> b = sorted(top);
            for (int i = 0; i < 10 && (i < a.size() || i < b.size()); i++) {
                s.append("| ").append(i < a.size() ? a.get(i).getKey() : "").append(" | ")
                        .append(i < a.size() ? percent(a.get(i).getValue()) : "").append(" | ")
                        .append(i < b.size() ? b.get(i).getKey() : "").append(" | ")
                        .append(i < b.size() ? percent(b.get(i).getValue()) : "").append(" |\n");
            }
            return s.append("\n(").append(samples).append(" samples)\n").toString();
        }

        private String percent(int n) {
            return String.format("%.0f %%", 100.0 * n / Math.max(1, samples));
        }

        private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts) {
            List<Map.Entry<String, Integer>> list = new ArrayList<>(new LinkedHashMap<>(counts).entrySet());
            list.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
            return list;
        }

        private static String frame(StackTraceElement e) {
            String cls = e.getClassName();
            return cls.substring(cls.lastIndexOf('.') + 1) + "." + e.getMethodName() + ":" + e.getLineNumber();
        }
    }

    private static ConfigurableApplicationContext boot(Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(ApplicationContextFactory.of(
                        () -> new GenericWebApplicationContext(new MockServletContext())))
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(BenchDatabase.arguments("--schemaboard.data-dir=" + dataDir, "--schemaboard.demo=false",
                        "--logging.level.root=WARN",
                        "--logging.level.org.schemaboard.security.FirstAdministrator=ERROR"));
    }

    /** The process's CPU time so far (all threads, GC and JIT included), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long threadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long usedHeap() {
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The sum of the heap pools' peaks since they were reset (an upper bound of the heap used at once). */
    private static long peakHeap() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
