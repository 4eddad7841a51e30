package org.schemaboard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.schemaboard.checks.DesignChecker;
import org.schemaboard.coverage.QueryCoverage;
import org.schemaboard.diagram.Models;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.DataVolume;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.scalability.Caching;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;

/**
 * Every rule of the design checks over a 2,000-entity design (goal: under 300 ms), and the planner's coverage of 100
 * of its query patterns (goal: under 2 s). The design is the diagram
 * benchmark's large model plus, for the index and plan rules to have work: an index on about two thirds of the
 * foreign keys, some redundant ones, 500 query patterns, partitioning plans, replicas and cache entries. Run with
 * {@code mvn -Pbenchmark -DskipTests test-compile exec:java -Dbench.main=org.schemaboard.bench.ChecksBenchmark}.
 */
public final class ChecksBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ChecksBenchmark() {
    }

    public static void main(String[] args) {
        int n = Integer.getInteger("bench.entities", 2000);
        DesignModel model = withIndexesAndPatterns(Models.large(n));
        Specification spec = plans(model);
        int runs = Integer.getInteger("bench.runs", 15);
        int warmups = Integer.getInteger("bench.warmups", 20);
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        List<Check> found = List.of();
        for (int i = 0; i < warmups + runs; i++) {
            long w0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            found = DesignChecker.run(model, spec);
            long w1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            if (i >= warmups) {
                wall[i - warmups] = w1 - w0;
                cpu[i - warmups] = c1 - c0;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        int attributes = model.entities().stream().mapToInt(e -> e.attributes().size()).sum();
        String report = "## Design checks over a " + String.format("%,d", n) + "-entity design ("
                + OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + ")\n\n"
                + Machine.describe() + "\n\n"
                + "| entities | attributes | relationships | indexes | query patterns | rules | findings "
                + "| wall ms median / max | CPU ms median |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                + String.format("| %,d | %,d | %,d | %,d | %,d | %d | %,d | %.1f / %.1f | %.1f |%n", n, attributes,
                model.relationships().size(), model.indexes().size(), model.queryPatterns().size(),
                DesignChecker.RULES.size(), found.size(), wall[runs / 2] / 1e6, wall[runs - 1] / 1e6,
                cpu[runs / 2] / 1e6)
                + "\nGoal: all rules under 300 ms: " + (wall[runs / 2] / 1e6 < 300 ? "met" : "NOT met") + ".\n"
                + (Boolean.parseBoolean(System.getProperty("bench.coverage", "true")) ? coverage(model) : "")
                + (Boolean.parseBoolean(System.getProperty("bench.findings", "false")) ? findings(model, spec) : "");
        Machine.report("checks", report);
    }

    /**
     * Planner coverage of 100 query patterns on the same 2,000-entity design: the throwaway H2 schema built from the
     * H2 DDL export, then one EXPLAIN per pattern (goal: under 2 s in all).
     */
    private static String coverage(DesignModel model) {
        DesignModel hundred = new DesignModel(model.designId(), model.name(), model.targetDatabase(),
                model.description(), model.entities(), model.relationships(), model.indexes(),
                model.queryPatterns().subList(0, Math.min(100, model.queryPatterns().size())));
        int runs = 5;
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        List<QueryCoverage.Result> results = List.of();
        for (int i = 0; i < 2 + runs; i++) {
            long w0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            results = QueryCoverage.of(hundred);
            long w1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            if (i >= 2) {
                wall[i - 2] = w1 - w0;
                cpu[i - 2] = c1 - c0;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        long planned = results.stream().filter(r -> r.problem() == null).count();
        long scans = results.stream().filter(QueryCoverage.Result::scans).count();
        return "\n| query patterns | planned | with a full scan | wall ms median / max (schema + EXPLAINs) "
                + "| CPU ms median |\n|---:|---:|---:|---:|---:|\n"
                + String.format("| %d | %d | %d | %.0f / %.0f | %.0f |%n", results.size(), planned, scans,
                wall[runs / 2] / 1e6, wall[runs - 1] / 1e6, cpu[runs / 2] / 1e6)
                + "\nGoal: planner coverage of 100 query patterns under 2 s: "
                + (wall[runs / 2] / 1e6 < 2000 ? "met" : "NOT met") + ".\n";
    }

    /**
     * One findings run as the application makes it ({@code ChecksService}'s work without the database): the planner's
     * findings over every query pattern, then every rule. "Cold" is a new planner each time (nothing planned before);
     * "after one edit" plans the model again with one column added to an entity a pattern reads, as after an edit in
     * the editor, on a planner that has planned the state before.
     */
    private static String findings(DesignModel model, Specification spec) {
        int runs = Integer.getInteger("bench.findingsRuns", 5);
        long[][] cold = new long[2][runs];
        long[][] edit = new long[2][runs];
        long[][] planner = new long[2][runs];
        int found = 0;
        org.schemaboard.coverage.CoverageService warm = new org.schemaboard.coverage.CoverageService("");
        warm.findings(model);
        for (int i = 0; i < 1 + runs; i++) {
            long w0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            List<Check> planned = new org.schemaboard.coverage.CoverageService("").findings(model);
            long w1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            List<Check> all = new ArrayList<>(DesignChecker.run(model, spec));
            all.addAll(planned);
            long w2 = System.nanoTime();
            long c2 = THREADS.getCurrentThreadCpuTime();
            DesignModel edited = edited(model, i);
            List<Check> again = new ArrayList<>(warm.findings(edited));
            again.addAll(DesignChecker.run(edited, spec));
            long w3 = System.nanoTime();
            long c3 = THREADS.getCurrentThreadCpuTime();
            if (i >= 1) {
                cold[0][i - 1] = w2 - w0;
                cold[1][i - 1] = c2 - c0;
                planner[0][i - 1] = w1 - w0;
                planner[1][i - 1] = c1 - c0;
                edit[0][i - 1] = w3 - w2;
                edit[1][i - 1] = c3 - c2;
            }
            found = all.size();
        }
        for (long[][] a : List.of(cold, edit, planner)) {
            Arrays.sort(a[0]);
            Arrays.sort(a[1]);
        }
        return "\n| findings run (" + model.queryPatterns().size() + " query patterns, " + found + " findings) "
                + "| wall ms median / max | CPU ms median |\n|---|---:|---:|\n"
                + String.format("| cold: planner + rules | %.0f / %.0f | %.0f |%n", cold[0][runs / 2] / 1e6,
                cold[0][runs - 1] / 1e6, cold[1][runs / 2] / 1e6)
                + String.format("| … of which the planner | %.0f / %.0f | %.0f |%n", planner[0][runs / 2] / 1e6,
                planner[0][runs - 1] / 1e6, planner[1][runs / 2] / 1e6)
                + String.format("| after one edit: planner + rules | %.0f / %.0f | %.0f |%n", edit[0][runs / 2] / 1e6,
                edit[0][runs - 1] / 1e6, edit[1][runs / 2] / 1e6);
    }

    /** The model with one column added to the entity the {@code n}th pattern reads first (an edit in the editor). */
    private static DesignModel edited(DesignModel model, int n) {
        QueryPattern q = model.queryPatterns().get(n % model.queryPatterns().size());
        UUID target = q.entityIds().get(q.entityIds().size() - 1);
        return withColumnAdded(model, target, n);
    }

    /** The model with a VARCHAR column {@code added_<n>} appended to entity {@code target}, its version moved on. */
    static DesignModel withColumnAdded(DesignModel model, UUID target, int n) {
        List<Entity> entities = model.entities().stream().map(e -> {
            if (!e.id().equals(target)) {
                return e;
            }
            List<Attribute> attributes = new ArrayList<>(e.attributes());
            attributes.add(new Attribute(UUID.randomUUID(), e.id(), attributes.size() + 1, "added_" + n, "VARCHAR",
                    40, null, null, true, null, false, false, false, null, null, 1));
            return new Entity(e.id(), e.name(), e.kind(), e.purpose(), e.businessRules(), e.lifecycle(), e.notes(),
                    e.version() + 1, attributes);
        }).toList();
        return new DesignModel(model.designId(), model.name(), model.targetDatabase(), model.description(), entities,
                model.relationships(), model.indexes(), model.queryPatterns());
    }

    /** An index on two of three foreign keys (a few doubled or prefixed), 500 patterns over related entities. */
    static DesignModel withIndexesAndPatterns(DesignModel base) {
        Random random = new Random(42);
        List<Index> indexes = new ArrayList<>();
        List<QueryPattern> patterns = new ArrayList<>();
        int cap = Integer.getInteger("bench.queryPatterns", 500);
        int i = 0;
        for (Relationship r : base.relationships()) {
            if (r.columns().isEmpty() || random.nextInt(3) == 0) {
                continue;
            }
            UUID patternId = UUID.randomUUID();
            UUID indexId = UUID.randomUUID();
            List<Index.IndexColumn> columns = r.columns().stream()
                    .map(p -> new Index.IndexColumn(p.toAttributeId(), false)).toList();
            indexes.add(new Index(indexId, r.toEntityId(), "idx_" + (i++), columns, false, null, IndexMethod.BTREE,
                    null, random.nextInt(5) == 0 ? null : "Serves the join from the parent.",
                    patterns.size() < cap ? List.of(patternId) : List.of(), 1));
            if (random.nextInt(20) == 0) {
                indexes.add(new Index(UUID.randomUUID(), r.toEntityId(), "idx_" + (i++), columns, false, null,
                        IndexMethod.BTREE, null, "doubled", List.of(), 1));
            }
            if (patterns.size() < cap) {
                String parent = base.entityName(r.fromEntityId());
                String child = base.entityName(r.toEntityId());
                patterns.add(new QueryPattern(patternId, "Children of " + parent + " " + i, null,
                        (random.nextInt(10) == 0 ? "UPDATE " + child + " SET " + parent + "_id = $2 WHERE id = $1"
                                : "SELECT * FROM " + child + " WHERE " + parent + "_id = $1"),
                        BigDecimal.valueOf(1 + random.nextInt(200)), FrequencyUnit.SECOND,
                        random.nextInt(4) == 0 ? null : 50, List.of(r.fromEntityId(), r.toEntityId()),
                        List.of(indexId), 1));
            }
        }
        return new DesignModel(base.designId(), base.name(), base.targetDatabase(), base.description(),
                base.entities(), base.relationships(), indexes, patterns);
    }

    /** Partitioning of every 50th entity by its first column, two replicas and a cache entry per 10 patterns. */
    static Specification plans(DesignModel model) {
        List<Partitioning.Plan> plans = new ArrayList<>();
        List<DataVolume.EntityVolume> volumes = new ArrayList<>();
        for (int i = 0; i < model.entities().size(); i += 50) {
            Entity e = model.entities().get(i);
            Attribute key = e.attributes().get(0);
            plans.add(new Partitioning.Plan(e.id(), Partitioning.Strategy.HASH, List.of(key.id()), 8, List.of(), null,
                    null));
            volumes.add(new DataVolume.EntityVolume(e.id(), 10_000_000L, null, null));
        }
        List<UUID> ids = model.queryPatterns().stream().map(QueryPattern::id).toList();
        List<Caching.CacheEntry> cache = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 10) {
            cache.add(new Caching.CacheEntry("key:" + i, "rows", i % 20 == 0 ? null : 60, null, List.of(ids.get(i))));
        }
        return Specification.empty(model.designId()).with(new Partitioning(plans))
                .with(new DataVolume("2 TB", null, null, null, null, volumes))
                .with(new ReadReplicas(List.of(
                        new ReadReplicas.Replica("replica-1", "reads", ids.subList(0, Math.min(100, ids.size())), 5,
                                null),
                        new ReadReplicas.Replica("replica-2", "reports", List.of(), 60, null)), List.of(), null))
                .with(new Caching(cache, null));
    }
}
