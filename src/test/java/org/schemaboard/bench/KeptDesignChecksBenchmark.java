package org.schemaboard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.schemaboard.Application;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.checks.DesignChecker;
import org.schemaboard.coverage.CoverageService;
import org.schemaboard.design.DesignOnServer;
import org.schemaboard.design.DesignService;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.SpecificationService;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Issue 22 (h22c): on a database {@link ModelBenchmark} kept ({@code -Dbench.keep=true}; its 10,000-table design with
 * 1,000 query patterns that join up to four tables), the editor's open path and the design checks as the application
 * runs them: the whole read, the kept load plus the editor's up-front work, every rule, the planner from nothing,
 * the planner after an edit of one table a pattern reads, and {@code ChecksService.run} after that edit (rules,
 * planner, suppressions, NoSQL). CPU time is the measuring thread's own. Not a test: {@code mvn -Pbenchmark
 * -DskipTests test-compile exec:java -Dbench.main=org.schemaboard.bench.KeptDesignChecksBenchmark
 * -Dbench.dataDir=/tmp/schemaboard-bench-…} (use a copy: the application migrates the database).
 */
public final class KeptDesignChecksBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private KeptDesignChecksBenchmark() {
    }

    public static void main(String[] args) {
        String dataDir = System.getProperty("bench.dataDir");
        int runs = Integer.getInteger("bench.runs", 5);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(ApplicationContextFactory.of(
                        () -> new GenericWebApplicationContext(new MockServletContext())))
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--schemaboard.data-dir=" + dataDir, "--schemaboard.demo=false", "--logging.level.root=WARN");
        try {
            DesignService designs = context.getBean(DesignService.class);
            DesignModelService models = context.getBean(DesignModelService.class);
            SpecificationService specifications = context.getBean(SpecificationService.class);
            ChecksService checks = context.getBean(ChecksService.class);
            CurrentUser currentUser = context.getBean(CurrentUser.class);
            DesignOnServer design = designs.listAllForOperator().stream()
                    .max(java.util.Comparator.comparing(DesignOnServer::updatedAt)).orElseThrow();
            currentUser.runAs(design.readAs(), () -> {
                UUID id = design.id();
                DesignModel model = models.load(id);
                Specification spec = specifications.load(id);
                long attributes = model.entities().stream().mapToLong(e -> e.attributes().size()).sum();
                List<String> rows = new ArrayList<>();
                rows.add(row("whole design read (`loadFresh`)", runs, () -> models.loadFresh(id)));
                models.load(id);
                rows.add(row("editor-open proxy: kept load + the editor's up-front work", runs,
                        () -> ModelBenchmark.editorUpFrontWork(models.load(id))));
                rows.add(row("every rule (`DesignChecker.run`)", runs, () -> DesignChecker.run(model, spec)));
                rows.add(row("planner from nothing (1,000 patterns)", Math.min(runs, 3),
                        () -> new CoverageService("").findings(model)));
                CoverageService warm = new CoverageService("");
                warm.findings(model);
                int[] n = {0};
                rows.add(row("planner after an edit of a table a pattern reads", runs,
                        () -> warm.findings(edited(model, n[0]++))));
                checks.run(model, spec);
                rows.add(row("`ChecksService.run` after that edit (rules + planner + suppressions + NoSQL)", runs,
                        () -> checks.run(edited(model, n[0]++), spec)));
                System.out.printf(Locale.ROOT, "%n%s: %,d entities, %,d attributes, %,d relationships, %,d indexes, "
                                + "%,d query patterns; load average %.1f%n%n| what | wall ms min / median | CPU ms "
                                + "min / median |%n|---|---:|---:|%n%s%n", design.name(), model.entities().size(),
                        attributes, model.relationships().size(), model.indexes().size(),
                        model.queryPatterns().size(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), String.join("\n", rows));
                return null;
            });
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static String row(String what, int runs, Supplier<Object> work) {
        work.get();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.get();
            wall[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        String row = String.format(Locale.ROOT, "| %s | %,d / %,d | %,d / %,d |", what, wall[0], wall[runs / 2],
                cpu[0], cpu[runs / 2]);
        System.out.println(row);
        return row;
    }

    /** The model with a column added to a table the {@code n}th pattern reads (as after an edit in the editor). */
    static DesignModel edited(DesignModel model, int n) {
        QueryPattern q = model.queryPatterns().get(n % model.queryPatterns().size());
        UUID target = q.entityIds().isEmpty() ? model.entities().get(n).id() : q.entityIds().get(0);
        return ChecksBenchmark.withColumnAdded(model, target, n);
    }
}
