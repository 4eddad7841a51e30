package org.schemaboard.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import org.schemaboard.checks.DesignChecker;
import org.schemaboard.diagram.Models;
import org.schemaboard.export.DesignJson;
import org.schemaboard.export.ExportSource;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.export.SpecificationZip;
import org.schemaboard.export.SqlDialectChoice;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Specification;

/**
 * Issue 22: the export and the design checks of a very large design, in memory (no database: the model is built as
 * the diagram benchmark builds it, with indexes, query patterns and plans as the checks benchmark adds them), beside
 * jOOQ's own parse and render of the same PostgreSQL DDL (the floor). Not a test:
 * {@code mvn -Pbenchmark -DskipTests test-compile exec:java -Dbench.main=org.schemaboard.bench.ExportScaleBenchmark
 * -Dbench.entities=10000}. Figures go to target/bench/ and are copied to BENCHMARKS.md by hand.
 */
public final class ExportScaleBenchmark {

    private static long sink;

    private ExportScaleBenchmark() {
    }

    public static void main(String[] args) {
        int n = Integer.getInteger("bench.entities", 10_000);
        int runs = Integer.getInteger("bench.runs", 3);
        long built = System.nanoTime();
        DesignModel model = ChecksBenchmark.withIndexesAndPatterns(Models.large(n));
        Specification spec = ChecksBenchmark.plans(model);
        int attributes = model.entities().stream().mapToInt(e -> e.attributes().size()).sum();
        StringBuilder report = new StringBuilder("## Export and checks of a ").append(String.format("%,d", n))
                .append("-entity design, in memory\n\n").append(Machine.describe()).append('\n')
                .append(String.format(Locale.ROOT, "- design: %,d entities, %,d attributes, %,d relationships, "
                                + "%,d indexes, %,d query patterns (built in %,d ms)%n%n", n, attributes,
                        model.relationships().size(), model.indexes().size(), model.queryPatterns().size(),
                        (System.nanoTime() - built) / 1_000_000))
                .append("| what | runs | min ms | median ms | max ms | output |\n|---|---:|---:|---:|---:|---:|\n");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ExportSource source = ExportSource.of(model);
            row(report, "full ZIP (every file), on a 2-thread executor", runs, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                SpecificationZip.write(source, out, pool);
                return out.size();
            });
            row(report, "… Markdown specification", runs, () -> SpecificationExport.markdown(model).length());
            row(report, "… HTML specification (one thread)", runs, () -> SpecificationExport.html(model).length());
            for (SqlDialectChoice d : SqlDialectChoice.values()) {
                row(report, "… DDL " + d, runs, () -> SpecificationExport.ddl(model, d).length());
            }
            row(report, "… design.json", runs, () -> DesignJson.write(model).length());
            String pgDdl = SpecificationExport.ddl(model, SqlDialectChoice.POSTGRESQL);
            org.jooq.DSLContext pg = org.jooq.impl.DSL.using(org.jooq.SQLDialect.POSTGRES,
                    new org.jooq.conf.Settings().withRenderFormatted(true)
                            .withParseUnsupportedSyntax(org.jooq.conf.ParseUnsupportedSyntax.IGNORE));
            row(report, "floor: jOOQ parse + render of the same PostgreSQL DDL", runs,
                    () -> pg.render(pg.parser().parse(pgDdl)).length());
            row(report, "design checks: every rule (DesignChecker.run)", runs,
                    () -> DesignChecker.run(model, spec).size());
        } finally {
            pool.shutdownNow();
        }
        report.append("\n(output: bytes or characters written; for the checks, findings)\n");
        Machine.report("export-scale", report.toString());
        System.exit(0);
    }

    private static void row(StringBuilder report, String what, int runs, LongSupplier work) {
        long output = work.getAsLong(); // warm-up
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            output = work.getAsLong();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        sink += output;
        Arrays.sort(ms);
        String line = String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %,d | %,d |%n", what, runs, ms[0],
                ms[runs / 2], ms[runs - 1], output);
        report.append(line);
        System.out.print(line);
    }
}
