package org.schemaboard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.schemaboard.importing.BoundedInput;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.SqlImportService;

/**
 * Reading 50 MB dumps (issue 18), run on its own, not part of {@code mvn verify}:
 * {@code mvn -Pbenchmark -Dbench.main=org.schemaboard.bench.HostileDumpBenchmark -DskipTests test-compile exec:java}.
 *
 * <p>Files just under the 50 MB limit: an ordinary pg_dump with data (the 2,000-table schema of {@link PgDumpGenerator}
 * and {@code COPY} blocks of rows), a schema-only pg_dump of some 29,000 tables (every byte of it parsed), and an
 * adversarial one made of what used to cost quadratic time or overflow the stack: megabytes of
 * blanks, a trigger body with a million semicolons, a hundred thousand empty statements, CHECKs nested 20,000 deep,
 * identifiers and literals of a megabyte, and comments; {@code -Dbench.only=adversarial} reads only that one.
 * Each is read into an import plan (the preview:
 * {@link SqlImportService#read}) once cold and {@code bench.runs} times warm; while it is read a sampler notes the
 * heap in use every 2 ms. Then each file is read again in a fresh JVM whose heap is capped at five times the file
 * ({@code -Xmx}), which passes only if the read never needs more live memory than that.
 * Goals: under 10 s per file, memory under 5× the file.
 */
public final class HostileDumpBenchmark {

    private static final long TARGET_BYTES = 48L * 1024 * 1024;
    private static final long GOAL_MS = 10_000;

    private HostileDumpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int runs = Integer.getInteger("bench.runs", 2);
        StringBuilder report = new StringBuilder("## Reading 50 MB dumps (issue 18)\n\n").append(Machine.describe())
                .append("\n\n| dump | size | plan | cold read | warm reads (ms) | peak heap in use while reading "
                        + "| fresh JVM with -Xmx 5× the file |\n|---|---:|---|---:|---|---:|---|\n");
        Path dir = Files.createTempDirectory("schemaboard-bench-dumps-");
        Path ordinary = dir.resolve("ordinary-with-data.sql");
        Path schemaOnly = dir.resolve("schema-only.sql");
        Path hostile = dir.resolve("adversarial.sql");
        Files.writeString(ordinary, withData());
        Files.writeString(schemaOnly, schemaOnly());
        Files.writeString(hostile, adversarial());
        boolean met = true;
        String only = System.getProperty("bench.only", "");
        for (Path file : List.of(ordinary, schemaOnly, hostile)) {
            if (!file.getFileName().toString().startsWith(only)) {
                continue;
            }
            long bytes = Files.size(file);
            say("%s: %,d bytes", file.getFileName(), bytes);
            String sql = BoundedInput.readUtf8(file, SqlImportService.MAX_CHARACTERS, "file", "too large");
            HeapSampler sampler = new HeapSampler();
            long start = System.nanoTime();
            ImportPlan plan = SqlImportService.read(sql, ImportDialect.AUTO);
            long cold = ms(start);
            sampler.stop();
            List<Long> warm = new ArrayList<>();
            long peak = sampler.peak;
            for (int i = 0; i < runs; i++) {
                sampler = new HeapSampler();
                start = System.nanoTime();
                plan = SqlImportService.read(sql, ImportDialect.AUTO);
                warm.add(ms(start));
                sampler.stop();
                peak = Math.max(peak, sampler.peak);
            }
            String child = freshJvm(file, bytes);
            say("%s: cold %d ms, warm %s ms, peak heap %s; %s; %s", file.getFileName(), cold, warm,
                    BoundedInput.megabytes(peak), plan.counts(), child);
            met &= cold < GOAL_MS && warm.stream().allMatch(w -> w < GOAL_MS) && child.startsWith("passed");
            report.append(String.format("| %s | %s | %s%s | %,d ms | %s | %s (%.1f×) | %s |%n", file.getFileName(),
                    BoundedInput.megabytes(bytes), plan.counts(), plan.problem() == null ? "" : "; refused: "
                            + plan.problem().substring(0, Math.min(120, plan.problem().length())), cold, warm,
                    BoundedInput.megabytes(peak), peak / (double) bytes, child));
        }
        report.append("\n- goals (each file < ").append(GOAL_MS / 1000).append(" s, memory < 5× the file): ")
                .append(met ? "met" : "NOT met").append("\n- files kept in ").append(dir)
                .append(" (delete them when done; the CLI figure reads them)\n- load average at the end: ")
                .append(Machine.load()).append("\n");
        Machine.report("hostile-dump", report.toString());
    }

    /** A pg_dump with data: the 2,000-table schema, then COPY blocks of rows up to just under the limit. */
    static String withData() {
        StringBuilder sql = new StringBuilder(PgDumpGenerator.generate(new PgDumpGenerator.Size(2000, 40_000, 3000,
                4000), 20261204L));
        Random random = new Random(20261204L);
        for (int t = 0; sql.length() < TARGET_BYTES; t++) {
            sql.append("\nCOPY public.data_").append(t).append(" (id, name, amount, created_at, note) FROM stdin;\n");
            for (int row = 0; row < 5000; row++) {
                sql.append(row).append("\tname ").append(random.nextInt(1_000_000)).append('\t')
                        .append(random.nextInt(100_000)).append('.').append(random.nextInt(100))
                        .append("\t2026-11-").append(10 + random.nextInt(18)).append(" 12:00:00+00\t")
                        .append(random.nextBoolean() ? "\\N" : "a note; with 'quotes' and $$ signs").append('\n');
            }
            sql.append("\\.\n");
        }
        return sql.toString();
    }

    /** A schema-only dump just under the limit: some 29,000 tables, all of it for the parser. */
    static String schemaOnly() {
        int tables = 2000;
        String sample = PgDumpGenerator.generate(new PgDumpGenerator.Size(tables, tables * 20, tables * 3 / 2,
                tables * 2), 20261204L);
        tables = (int) (tables * TARGET_BYTES / sample.length());
        return PgDumpGenerator.generate(new PgDumpGenerator.Size(tables, tables * 20, tables * 3 / 2, tables * 2),
                20261204L);
    }

    /**
     * The adversarial dump: every shape that used to cost quadratic time or a stack overflow, several times, among
     * ordinary tables, up to just under the limit. Deterministic.
     */
    static String adversarial() {
        Random random = new Random(20261204L);
        StringBuilder sql = new StringBuilder((int) TARGET_BYTES + 1024);
        int round = 0;
        while (sql.length() < TARGET_BYTES - 6_000_000) {
            sql.append("CREATE TABLE ok_").append(round).append(" (id bigint PRIMARY KEY, name text);\n");
            switch (round++ % 8) {
                case 0 -> sql.append(" ".repeat(3_000_000)).append("CREATE TABLE after_blanks_").append(round)
                        .append(" (id int);\n");
                case 1 -> sql.append("CREATE TRIGGER tr_").append(round).append(" AFTER INSERT ON ok_0 BEGIN\n")
                        .append("SELECT 1;".repeat(1_000_000)).append("\nEND;\n");
                case 2 -> sql.append(";".repeat(100_000)).append("\n");
                case 3 -> {
                    for (int i = 0; i < 20; i++) {
                        int depth = 20_000 + random.nextInt(1000);
                        sql.append("CREATE TABLE deep_").append(round).append('_').append(i)
                                .append(" (id int CHECK ").append("(".repeat(depth)).append("id > 0")
                                .append(")".repeat(depth)).append(");\n");
                    }
                }
                case 4 -> sql.append("CREATE TABLE \"").append("x".repeat(1_000_000)).append("\" (\"")
                        .append("y".repeat(1_000_000)).append("\" int);\n");
                case 5 -> sql.append("CREATE TABLE lit_").append(round).append(" (a text DEFAULT cast('")
                        .append("it''s ".repeat(170_000)).append("' AS text));\n");
                case 6 -> sql.append("/*").append(" comment; 'quote' \"name\" $$ ".repeat(60_000)).append("*/\n")
                        .append("-- a line comment; with 'quotes'\n".repeat(30_000));
                default -> sql.append(("\t \n").repeat(1_000_000));
            }
        }
        while (sql.length() < TARGET_BYTES) {
            sql.append("-- filler; 'not a quote' /* nor a comment\n");
        }
        return sql.toString();
    }

    /** Reads the file in a new JVM with the heap capped at 5× its size; "passed in … ms" or why not. */
    private static String freshJvm(Path file, long bytes) throws Exception {
        long heapMb = 5 * bytes / (1024 * 1024);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heapMb + "m", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", classPath(), Child.class.getName(), file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return "timed out (-Xmx" + heapMb + "m)";
        }
        String last = output.lines().reduce((a, b) -> b).orElse("");
        String error = output.lines().filter(l -> l.contains("Error") || l.contains("Exception")).findFirst()
                .orElse(last);
        return (process.exitValue() == 0 ? "passed" : "FAILED (" + error.strip() + ")") + " with -Xmx" + heapMb + "m"
                + (process.exitValue() == 0 ? ", " + last : "");
    }

    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null;
             loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(url.getPath());
                }
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** The fresh JVM's work: read the file as the command line does and print the time. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            long start = System.nanoTime();
            String sql = BoundedInput.readUtf8(Path.of(args[0]), SqlImportService.MAX_CHARACTERS, "file", "too large");
            ImportPlan plan = SqlImportService.read(sql, ImportDialect.AUTO);
            System.out.println("read in " + ms(start) + " ms (" + plan.tables().size() + " tables)");
        }
    }

    /** The most heap in use seen every 2 ms while it runs (garbage not yet collected included: an upper bound). */
    private static final class HeapSampler {
        private final Thread thread;
        private volatile boolean running = true;
        volatile long peak;

        HeapSampler() {
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.gc();
            thread = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum());
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void say(String format, Object... args) {
        System.out.printf(format + "%n", args);
    }
}
