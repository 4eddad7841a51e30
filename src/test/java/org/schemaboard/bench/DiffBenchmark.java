package org.schemaboard.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.schemaboard.diagram.Models;
import org.schemaboard.diff.MigrationScript;
import org.schemaboard.diff.ModelDiff;
import org.schemaboard.diff.SafetyChecks;
import org.schemaboard.export.SqlDialectChoice;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;

/**
 * Diff, safety checks and both migration scripts for two versions of the 2,000-entity design, 5 % of its entities
 * changed (a column renamed, a type widened, a column added; one in five of those also loses a column). Goal: under
 * 1 s. Run with {@code mvn -Pcollab-benchmark test-compile exec:exec -Dbench=diff}; pure, no database. With
 * {@code -Dbench.files=DIR} it also writes both states as {@code DIR/v1.json} and {@code DIR/v2.json}, for timing the
 * packaged jar's {@code diff --from-file DIR/v1.json --to-file DIR/v2.json} in a fresh JVM.
 */
public final class DiffBenchmark {

    private DiffBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        DesignModel v1 = Models.large(n);
        DesignModel v2 = changed(v1);
        String files = System.getProperty("bench.files");
        if (files != null) {
            // the two states as design.json, for the packaged jar's cold run: diff --from-file v1.json --to-file v2.json
            try {
                java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(files));
                java.nio.file.Files.writeString(dir.resolve("v1.json"), org.schemaboard.export.DesignJson.write(v1));
                java.nio.file.Files.writeString(dir.resolve("v2.json"), org.schemaboard.export.DesignJson.write(v2));
                System.out.println("wrote " + dir.resolve("v1.json") + " and " + dir.resolve("v2.json"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        int rounds = Integer.getInteger("bench.rounds", 7);
        StringBuilder report = new StringBuilder("# Diff and migration scripts: " + n + " entities, 5 % changed\n\n");
        report.append(Machine.describe()).append("\n\nLoad before: ").append(Machine.load()).append("\n\n");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        report.append("| dialect | diff (ms) | safety checks (ms) | forward + rollback (ms) | total median (ms) | total max (ms) | CPU median (ms) | changes | statements |\n");
        report.append("|---|---|---|---|---|---|---|---|---|\n");
        int warmups = Integer.getInteger("bench.warmups", 3);
        for (int w = 0; w < warmups; w++) { // every dialect once, so the first dialect measured is not the one JIT-compiling
            ModelDiff diff = ModelDiff.compare(v1, v2);
            SafetyChecks.of(diff, java.util.Map.of());
            java.util.function.Function<SqlDialectChoice, MigrationScript> planner = MigrationScript.planner(diff);
            for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
                planner.apply(dialect);
            }
        }
        report.append("Warm-up: ").append(warmups).append(" rounds of all three dialects before the measured rounds.\n\n");
        for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
            long[] totals = new long[rounds];
            long[] cpu = new long[rounds];
            long diffMs = 0;
            long checkMs = 0;
            long scriptMs = 0;
            int changes = 0;
            int statements = 0;
            for (int r = 0; r < rounds; r++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ModelDiff diff = ModelDiff.compare(v1, v2);
                long t1 = System.nanoTime();
                int findings = SafetyChecks.of(diff, java.util.Map.of()).size();
                long t2 = System.nanoTime();
                MigrationScript script = MigrationScript.of(diff, dialect);
                long t3 = System.nanoTime();
                totals[r] = (t3 - t0) / 1_000_000;
                cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
                diffMs = (t1 - t0) / 1_000_000;
                checkMs = (t2 - t1) / 1_000_000;
                scriptMs = (t3 - t2) / 1_000_000;
                changes = diff.changes().size() + findings * 0;
                statements = (int) (script.forward().lines().filter(l -> l.endsWith(";")).count()
                        + script.rollback().lines().filter(l -> l.endsWith(";")).count());
            }
            long[] sorted = totals.clone();
            Arrays.sort(sorted);
            long[] cpuSorted = cpu.clone();
            Arrays.sort(cpuSorted);
            report.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d |%n", dialect.label(),
                    diffMs, checkMs, scriptMs, sorted[rounds / 2], sorted[rounds - 1], cpuSorted[rounds / 2], changes,
                    statements));
        }
        // what an export with an approved version adds: one diff, its safety checks, both scripts in every dialect
        long[] export = new long[rounds];
        long[] exportCpu = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ModelDiff diff = ModelDiff.compare(v1, v2);
            SafetyChecks.of(diff, java.util.Map.of());
            java.util.function.Function<SqlDialectChoice, MigrationScript> planner = MigrationScript.planner(diff);
            for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
                planner.apply(dialect); // as the export does: what no dialect changes is worked out once
            }
            export[r] = (System.nanoTime() - t0) / 1_000_000;
            exportCpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        }
        Arrays.sort(export);
        Arrays.sort(exportCpu);
        report.append(String.format(Locale.ROOT, "| all three (the export's migrations/) | | | | %d | %d | %d | | |%n",
                export[rounds / 2], export[rounds - 1], exportCpu[rounds / 2]));
        report.append("\nLast round's split per step; median and max over ").append(rounds)
                .append(" rounds. Load after: ").append(Machine.load()).append('\n');
        Machine.report("diff", report.toString());
    }

    /** Every 20th entity: its second column renamed, its third widened to VARCHAR(500), a column added. */
    static DesignModel changed(DesignModel v1) {
        // a column a relationship or an index uses is not dropped: the newer state stays a valid design
        java.util.Set<java.util.UUID> used = new java.util.HashSet<>();
        v1.relationships().forEach(r -> r.columns().forEach(p -> {
            used.add(p.fromAttributeId());
            used.add(p.toAttributeId());
        }));
        v1.indexes().forEach(x -> x.columns().forEach(c -> used.add(c.attributeId())));
        List<Entity> entities = new ArrayList<>();
        int i = 0;
        for (Entity e : v1.entities()) {
            if (i++ % 20 != 0 || e.attributes().size() < 4) {
                entities.add(e);
                continue;
            }
            List<Attribute> attributes = new ArrayList<>();
            for (int k = 0; k < e.attributes().size(); k++) {
                Attribute a = e.attributes().get(k);
                if (k == 1 && !a.primaryKey()) {
                    a = new Attribute(a.id(), a.entityId(), a.position(), a.name() + "_renamed", a.dataType(), a.length(),
                            a.precision(), a.scale(), a.nullable(), a.defaultValue(), a.primaryKey(), a.unique(),
                            a.autoIncrement(), a.checkExpression(), a.description(), a.version());
                } else if (k == 3 && !a.primaryKey()) {
                    a = new Attribute(a.id(), a.entityId(), a.position(), a.name(), "VARCHAR", 500, null, null,
                            a.nullable(), null, false, false, false, null, a.description(), a.version());
                } else if (k == e.attributes().size() - 1 && i % 100 == 1 && !a.primaryKey() && !used.contains(a.id())) {
                    continue; // one in five changed entities loses its last column
                }
                attributes.add(a);
            }
            attributes.add(new Attribute(java.util.UUID.randomUUID(), e.id(), attributes.size(), "added_note", "VARCHAR",
                    200, null, null, true, null, false, false, false, null, null, 1));
            entities.add(new Entity(e.id(), e.name(), e.kind(), e.purpose(), e.businessRules(), e.lifecycle(),
                    e.notes(), e.version(), attributes));
        }
        return new DesignModel(v1.designId(), v1.name(), v1.targetDatabase(), v1.description(), entities,
                v1.relationships(), v1.indexes(), v1.queryPatterns());
    }
}
