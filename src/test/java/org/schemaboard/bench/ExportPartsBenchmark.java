package org.schemaboard.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import org.schemaboard.diagram.Models;
import org.schemaboard.export.DesignJson;
import org.schemaboard.export.ExportSource;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.export.SpecificationZip;
import org.schemaboard.export.SqlDialectChoice;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Specification;

/**
 * Issue 22: the full ZIP export of a 10,000-entity design and each of its parts, wall and CPU time (of the measuring
 * thread; for the ZIP the pool's thread works too), beside jOOQ's parse + render of the same PostgreSQL DDL (the
 * floor). Not a test: {@code mvn -Pbenchmark -DskipTests test-compile exec:java
 * -Dbench.main=org.schemaboard.bench.ExportPartsBenchmark [-Dbench.entities=10000 -Dbench.runs=3
 * -Dbench.rows=HTML,design.json -Dbench.zipOut=/tmp/export.zip]} ({@code bench.rows}: only the rows whose name
 * contains one of these; {@code bench.zipOut}: where to keep the one-thread run's archive).
 */
public final class ExportPartsBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    private ExportPartsBenchmark() {
    }

    public static void main(String[] args) {
        int n = Integer.getInteger("bench.entities", 10_000);
        int runs = Integer.getInteger("bench.runs", 3);
        DesignModel model = ChecksBenchmark.withIndexesAndPatterns(Models.large(n));
        Specification spec = ChecksBenchmark.plans(model);
        ExportSource source = new ExportSource(model, spec, null, null);
        StringBuilder report = new StringBuilder("## Export parts at ").append(String.format("%,d", n))
                .append(" entities\n\n").append(Machine.describe()).append('\n')
                .append("| what | runs | first (cold) ms | min ms | median ms | CPU median ms | output |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|\n");
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("bench.threads", 2));
        try {
            if (Boolean.getBoolean("bench.partsOnly")) {
                parts(report, runs, model, source);
                Machine.report("export-parts", report.toString());
                System.exit(0);
            }
            row(report, "full ZIP (every file), on the executor", runs, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                SpecificationZip.write(source, out, pool);
                return out.size();
            });
            row(report, "full ZIP, on one thread", runs, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                SpecificationZip.write(source, out, Runnable::run);
                String keep = System.getProperty("bench.zipOut"); // e.g. to try other deflate levels on its files
                if (keep != null) {
                    try {
                        java.nio.file.Files.write(java.nio.file.Path.of(keep), out.toByteArray());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return out.size();
            });
            row(report, "Markdown specification", runs, () -> SpecificationExport.markdown(source).length());
            row(report, "HTML page (written directly; includes the Markdown pass)", runs,
                    () -> SpecificationExport.html(source).length());
            for (SqlDialectChoice d : SqlDialectChoice.values()) {
                row(report, "DDL " + d, runs, () -> SpecificationExport.ddl(source, d).length());
            }
            row(report, "Mermaid", runs, () -> SpecificationExport.mermaid(model).length());
            row(report, "PlantUML", runs, () -> org.schemaboard.export.PlantUmlErd.render(model).length());
            row(report, "DBML", runs, () -> org.schemaboard.export.DbmlWriter.write(model, java.util.List.of()).length());
            java.util.List<java.util.Map<String, String>> files = new java.util.ArrayList<>(); // rendered when needed
            row(report, "writing the ZIP of the rendered files (deflate, one thread)", runs, () -> {
                if (files.isEmpty()) {
                    files.add(SpecificationZip.files(source, name -> { }, Runnable::run));
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                SpecificationZip.write(files.get(0), out);
                return out.size();
            });
            row(report, "design.json", runs, () -> DesignJson.write(source).length());
            row(report, "design checks (DesignChecker.run)", runs,
                    () -> org.schemaboard.checks.DesignChecker.run(model, spec).size());
            String pgDdl = SpecificationExport.ddl(model, SqlDialectChoice.POSTGRESQL); // without the partitions jOOQ cannot parse
            org.jooq.DSLContext pg = org.jooq.impl.DSL.using(org.jooq.SQLDialect.POSTGRES,
                    new org.jooq.conf.Settings().withRenderFormatted(true)
                            .withParseUnsupportedSyntax(org.jooq.conf.ParseUnsupportedSyntax.IGNORE));
            row(report, "floor: jOOQ parse + render of the same PostgreSQL DDL", runs,
                    () -> pg.render(pg.parser().parse(pgDdl)).length());
        } finally {
            pool.shutdownNow();
        }
        Machine.report("export-parts", report.toString());
        System.exit(0);
    }

    /** Only the parts not split out before: PlantUML, DBML and the deflating of the archive. */
    private static void parts(StringBuilder report, int runs, DesignModel model, ExportSource source) {
        row(report, "PlantUML", runs, () -> org.schemaboard.export.PlantUmlErd.render(model).length());
        row(report, "DBML", runs, () -> org.schemaboard.export.DbmlWriter.write(model, java.util.List.of()).length());
        java.util.Map<String, String> files = SpecificationZip.files(source, name -> { }, Runnable::run);
        row(report, "writing the ZIP of the rendered files (deflate)", runs, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SpecificationZip.write(files, out);
            return out.size();
        });
    }

    private static void row(StringBuilder report, String what, int runs, LongSupplier work) {
        String only = System.getProperty("bench.rows"); // e.g. -Dbench.rows=HTML,design.json: only those rows
        if (only != null && java.util.Arrays.stream(only.split(",")).noneMatch(what::contains)) {
            return;
        }
        long cold = System.nanoTime();
        long output = work.getAsLong(); // warm-up; the first row's is the cold figure of a fresh JVM
        cold = (System.nanoTime() - cold) / 1_000_000;
        long[] ms = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            output = work.getAsLong();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000;
        }
        sink += output;
        Arrays.sort(ms);
        Arrays.sort(cpu);
        String line = String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %,d | %,d | %,d |%n", what, runs, cold,
                ms[0], ms[runs / 2], cpu[runs / 2], output);
        report.append(line);
        System.out.print(line);
    }
}
