package org.schemaboard.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.schemaboard.Application;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Large-design benchmark, run on its own (not part of {@code mvn verify}):
 * {@code mvn -Pbenchmark -DskipTests test-compile exec:java}. See BENCHMARKS.md.
 *
 * <p>Boots the whole application context without a web server (a mock servlet context, as
 * {@code @SpringBootTest(webEnvironment = MOCK)} does; no port is opened) on a fresh H2 file database in a temp
 * directory, generates a design of 2,000 entities / 40,000 attributes / 3,000 relationships / 4,000 indexes / 200
 * query patterns with bulk inserts, then measures after JIT warm-up:
 * <ol>
 *   <li>(a) {@link DesignModelService#load} as the design's owner;</li>
 *   <li>(b) a proxy for the server work of opening the editor: that load plus the up-front work the editor does on
 *       the model (sort entities, attribute and owner maps, relationship display strings). It does <em>not</em>
 *       measure Vaadin component creation or rendering;</li>
 *   <li>single writes on the big design: {@link EntityService#addAttribute} and {@link IndexService#create};</li>
 *   <li>a per-query breakdown of warm loads (a jOOQ listener attached only for that pass).</li>
 * </ol>
 * Sizes and run counts can be changed with system properties, e.g. {@code -Dbench.entities=200} for a quick try
 * (see BENCHMARKS.md for the list).
 */
public final class ModelBenchmark {

    private static final String OWNER = "bench-owner";
    private static final long LOAD_TARGET_MS = 500;
    private static final long EDITOR_TARGET_MS = 1000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Keeps results alive so the JIT cannot drop the work being measured. */
    private static long sink;

    private ModelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        LargeDesignGenerator.Size size = new LargeDesignGenerator.Size(
                Integer.getInteger("bench.entities", 2000), Integer.getInteger("bench.attributes", 40_000),
                Integer.getInteger("bench.relationships", 3000), Integer.getInteger("bench.indexes", 4000),
                Integer.getInteger("bench.queryPatterns", 200));
        int warmups = Integer.getInteger("bench.warmups", 5);
        int runs = Integer.getInteger("bench.runs", 10);
        int writeRuns = Integer.getInteger("bench.writeRuns", 20);
        boolean keep = Boolean.getBoolean("bench.keep");

        Path dataDir = Files.createTempDirectory("schemaboard-bench-");
        say("Schemaboard model benchmark");
        say("  machine: %d CPUs visible to the JVM, max heap %d MiB, Java %s (%s), load average at start: %s",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("java.vm.name"), loadAverage());
        say("  data dir: %s (H2 file database, the application's own datasource settings)", dataDir);

        ConfigurableApplicationContext context = null;
        try {
            long bootStart = System.nanoTime();
            context = boot(dataDir);
            say("  application context up in %d ms", millisSince(bootStart));
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            boolean ours = url != null
                    && (BenchDatabase.postgres() ? url.contains("/sb_bench_") : url.contains(dataDir.toString()));
            if (!ours) {
                throw new IllegalStateException("The datasource is not in the benchmark's temp directory: " + url);
            }
            say("  datasource: %s", url);
            Integer cacheKb = Integer.getInteger("bench.h2CacheSizeKb");
            if (cacheKb != null) { // an experiment: H2's page cache is 16 MB unless the URL says otherwise
                context.getBean(DSLContext.class).execute("SET CACHE_SIZE " + cacheKb);
                say("  H2 CACHE_SIZE set to %,d KiB for this run (-Dbench.h2CacheSizeKb)", cacheKb);
            }
            run(context, dataDir, size, warmups, runs, writeRuns);
        } finally {
            if (context != null) {
                context.close();
            }
            if (keep) {
                say("Kept the database in %s (-Dbench.keep=true)", dataDir);
            } else {
                deleteRecursively(dataDir);
            }
        }
    }

    private static void report(List<String[]> rows) {
        say("");
        say("Results (%d CPUs visible; load average now: %s). Wall-clock time is what a user waits for; the CPU "
                        + "column is the measuring thread's own CPU time, which other processes on the machine "
                        + "disturb much less.", Runtime.getRuntime().availableProcessors(), loadAverage());
        say("");
        say("| %-66s | %4s | %8s | %8s | %8s | %8s | %10s | %9s |",
                "what (wall-clock ms; CPU = this thread's CPU time)", "runs", "min", "median", "p90", "max",
                "CPU median", "GC ms/run");
        say("|%s|%s|%s|%s|%s|%s|%s|%s|", "-".repeat(68), "-".repeat(5) + ":", "-".repeat(9) + ":",
                "-".repeat(9) + ":", "-".repeat(9) + ":", "-".repeat(9) + ":", "-".repeat(11) + ":",
                "-".repeat(10) + ":");
        for (String[] row : rows) {
            say("| %-66s | %4s | %8s | %8s | %8s | %8s | %10s | %9s |", (Object[]) row);
        }
        say("");
    }

    /**
     * {@code -Dbench.only=export}: the full ZIP (on the app's executor, as the export dialog and the command line
     * render it, and on one thread) and each of its files on its own (one thread).
     */
    private static void exportBreakdown(DesignModel loaded, int warmups, int runs, List<String[]> rows,
                                        java.util.concurrent.Executor work) {
        say("");
        say("Measuring the export only (%d warm-up runs, %d measured runs) ...", warmups, runs);
        rows.add(measure(warmups, runs, () -> time(() -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.schemaboard.export.SpecificationZip.write(org.schemaboard.export.ExportSource.of(loaded), out, work);
            sink += out.size();
        })).row("Full ZIP export (md, html, 3 DDL, mermaid, json), on the executor"));
        rows.add(measure(warmups, runs, () -> time(() -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.schemaboard.export.SpecificationZip.write(loaded, out);
            sink += out.size();
        })).row("Full ZIP export, on one thread"));
        rows.add(measure(warmups, runs, () -> time(() -> sink +=
                org.schemaboard.export.SpecificationExport.markdown(loaded).length())).row("    markdown alone"));
        rows.add(measure(warmups, runs, () -> time(() -> sink +=
                org.schemaboard.export.SpecificationExport.html(loaded).length())).row("    html alone"));
        for (org.schemaboard.export.SqlDialectChoice d : org.schemaboard.export.SqlDialectChoice.values()) {
            rows.add(measure(warmups, runs, () -> time(() -> sink +=
                    org.schemaboard.export.SpecificationExport.ddl(loaded, d).length())).row("    DDL " + d));
        }
        rows.add(measure(warmups, runs, () -> time(() -> sink +=
                org.schemaboard.export.SpecificationExport.mermaid(loaded).length())).row("    mermaid alone"));
        rows.add(measure(warmups, runs, () -> time(() -> sink +=
                org.schemaboard.export.DesignJson.write(loaded).length())).row("    design.json alone"));
        String pgDdl = org.schemaboard.export.SpecificationExport.ddl(loaded,
                org.schemaboard.export.SqlDialectChoice.POSTGRESQL);
        org.jooq.DSLContext pg = org.jooq.impl.DSL.using(org.jooq.SQLDialect.POSTGRES,
                new org.jooq.conf.Settings().withRenderFormatted(true)
                        .withParseUnsupportedSyntax(org.jooq.conf.ParseUnsupportedSyntax.IGNORE));
        org.jooq.Queries parsed = pg.parser().parse(pgDdl);
        rows.add(measure(warmups, runs, () -> time(() -> sink += pg.parser().parse(pgDdl).queries().length))
                .row("jOOQ alone: parse the PostgreSQL DDL"));
        rows.add(measure(warmups, runs, () -> time(() -> sink += pg.render(parsed).length()))
                .row("jOOQ alone: render the parsed DDL"));
    }

    /**
     * {@code -Dbench.only=load} (issue 22): the model read from the database (every query, nothing kept), the load as
     * the editor calls it (a kept model of the same committed state is reused), the editor-open proxy, and the heap the
     * loaded model takes; no writes, no export.
     */
    private static void loadOnly(CurrentUser currentUser, DesignModelService models, UUID designId, int warmups,
                                 int runs, List<String[]> rows) {
        say("");
        say("Measuring the load only (%d warm-up runs, then %d measured runs) ...", warmups, runs);
        // not alternating: loadFresh drops the kept read, so (a) after it would always read the database
        rows.add(measure(warmups, runs, () -> currentUser.runAs(OWNER,
                () -> time(() -> sink += models.loadFresh(designId).entities().size())))
                .row("(r) loadFresh: the whole design read from the database"));
        rows.add(measure(warmups, runs, () -> currentUser.runAs(OWNER,
                () -> time(() -> sink += models.load(designId).entities().size())))
                .row("(a) DesignModelService.load with the kept model (as the editor calls it)"));
        rows.add(measure(warmups, runs, () -> currentUser.runAs(OWNER,
                () -> time(() -> sink += editorUpFrontWork(models.load(designId)).size())))
                .row("(b) editor open proxy: load + up-front work"));
        say("  loads served from kept models / read from the database so far: %s",
                Arrays.toString(models.cacheCounts()));
        // the heap one loaded model takes: used heap after a full GC, with and without a fresh model held
        java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        currentUser.runAs(OWNER, () -> models.loadFresh(designId)); // nothing kept for this design now
        long without = usedAfterGc(memory);
        DesignModel held = currentUser.runAs(OWNER, () -> models.loadFresh(designId));
        long with = usedAfterGc(memory);
        say("  heap of one loaded model (used after GC, with it held minus without): %,d KiB (%d entities)",
                (with - without) >> 10, held.entities().size());
    }

    private static long usedAfterGc(java.lang.management.MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static ConfigurableApplicationContext boot(Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                // No web server: the servlet context is a mock, as in @SpringBootTest(webEnvironment = MOCK).
                // WebApplicationType.NONE cannot start this application: Vaadin's auto-configuration and its
                // security configurer need a WebApplicationContext with a ServletContext.
                .web(WebApplicationType.SERVLET)
                .contextFactory(ApplicationContextFactory.of(
                        () -> new GenericWebApplicationContext(new MockServletContext())))
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // as command-line arguments: they override application.properties (builder properties would not)
                .run(BenchDatabase.arguments("--schemaboard.data-dir=" + dataDir, "--schemaboard.demo=false",
                        "--logging.level.root=WARN",
                        // the first-administrator notice (random password of a throw-away database) is noise here
                        "--logging.level.org.schemaboard.security.FirstAdministrator=ERROR"));
    }

    private static void run(ConfigurableApplicationContext context, Path dataDir, LargeDesignGenerator.Size size,
                            int warmups, int runs, int writeRuns) throws IOException {
        AccountService accounts = context.getBean(AccountService.class);
        CurrentUser currentUser = context.getBean(CurrentUser.class);
        DesignService designs = context.getBean(DesignService.class);
        DesignModelService models = context.getBean(DesignModelService.class);
        EntityService entityService = context.getBean(EntityService.class);
        IndexService indexService = context.getBean(IndexService.class);
        DSLContext db = context.getBean(DSLContext.class);

        // ---- set-up: an owner, a PostgreSQL design, the large model
        UUID ownerId = accounts.createAccount("system", OWNER, "Benchmark Owner", null, "bench-password", false,
                false);
        UUID designId = currentUser.runAs(OWNER, () -> designs.create(new DesignDraft("Large design benchmark",
                TargetDatabase.POSTGRESQL, "Generated by ModelBenchmark")));
        say("");
        say("Generating %,d entities / %,d attributes / %,d relationships / %,d indexes / %,d query patterns "
                        + "(bulk jOOQ inserts, services bypassed) ...", size.entities(), size.attributes(),
                size.relationships(), size.indexes(), size.queryPatterns());
        long genStart = System.nanoTime();
        LargeDesignGenerator.Result generated = new LargeDesignGenerator(db, context.getBean(TransactionTemplate.class),
                Long.getLong("bench.seed", 20240601L)).generate(designId, ownerId, size);
        long genMillis = millisSince(genStart);
        say("  generated in %,d ms (building the rows in memory %,d ms, inserting:)", genMillis,
                generated.buildMillis());
        generated.insertMillis().forEach((table, ms) -> say("    %-36s %,7d ms", table, ms));
        say("  relationship column pairs %,d, index columns %,d, query pattern links %,d; H2 file %,d KiB",
                generated.relationshipColumns(), generated.indexColumns(), generated.queryPatternLinks(),
                directorySize(dataDir) >> 10);

        // ---- the first (cold) load, and a check that the model is what was generated
        long coldStart = System.nanoTime();
        DesignModel model = currentUser.runAs(OWNER, () -> models.load(designId));
        long coldMillis = millisSince(coldStart);
        check(model, generated);
        say("  loaded model checks out: %,d entities, %,d attributes, %,d relationships, %,d indexes, "
                        + "%,d query patterns", model.entities().size(), model.attributesById().size(),
                model.relationships().size(), model.indexes().size(), model.queryPatterns().size());
        say("  first load after start (cold JIT): %,d ms", coldMillis);

        List<String[]> rows = new ArrayList<>();
        if ("export".equals(System.getProperty("bench.only"))) {
            exportBreakdown(currentUser.runAs(OWNER, () -> models.load(designId)), warmups, runs, rows,
                    context.getBean(org.schemaboard.base.BackgroundWork.class));
            report(rows);
            return;
        }
        if ("load".equals(System.getProperty("bench.only"))) {
            loadOnly(currentUser, models, designId, warmups, runs, rows);
            report(rows);
            profileLoad(db, currentUser, models, designId);
            return;
        }
        say("");
        say("Measuring (%d warm-up runs, then %d measured runs; writes: %d warm-up, %d measured) ...", warmups, runs,
                warmups, writeRuns);

        // (a) DesignModelService.load as the owner (the security context is set up outside the timed part, as it is
        // for a signed-in request), and (b) the editor-open proxy: one load + the editor's up-front work on the
        // model. Their runs alternate, so that both see the same machine (the 2 cores are shared with other work).
        Stats[] loadAndEditor = measureAlternating(warmups, runs,
                () -> currentUser.runAs(OWNER, () -> time(() -> sink += models.load(designId).entities().size())),
                () -> currentUser.runAs(OWNER,
                        () -> time(() -> sink += editorUpFrontWork(models.load(designId)).size())));
        Stats load = loadAndEditor[0];
        Stats editor = loadAndEditor[1];
        rows.add(load.row("(a) DesignModelService.load (whole design)"));
        rows.add(editor.row("(b) editor open proxy: load + up-front work"));

        DesignModel loaded = currentUser.runAs(OWNER, () -> models.load(designId));
        Stats upFront = measure(warmups, runs, () -> time(() -> sink += editorUpFrontWork(loaded).size()));
        rows.add(upFront.row("    of which up-front work alone (no load)"));
        Stats linear = measure(Math.min(warmups, 2), Math.min(runs, 3),
                () -> time(() -> sink += relationshipRowsViaModelLookups(loaded).size()));
        rows.add(linear.row("    info: relationship rows via DesignModel.entityName/entity(id)"));

        // single writes on the big design
        List<Entity> byName = loaded.entities();
        Entity target = byName.get(byName.size() / 2);
        Entity indexTarget = byName.get(byName.size() / 3);
        List<Attribute> indexable = indexTarget.attributes();
        int[] counter = {0};
        Stats addAttribute = measure(warmups, writeRuns, () -> currentUser.runAs(OWNER, () -> {
            AttributeDraft draft = AttributeDraft.of("bench_extra_" + counter[0]++, "VARCHAR").withLength(100);
            return time(() -> entityService.addAttribute(target.id(), draft));
        }));
        rows.add(addAttribute.row("EntityService.addAttribute (one write)"));
        Stats createIndex = measure(warmups, writeRuns, () -> currentUser.runAs(OWNER, () -> {
            int n = counter[0]++;
            Attribute column = indexable.get(n % indexable.size());
            IndexDraft draft = new IndexDraft(indexTarget.id(), "ix_bench_" + n,
                    List.of(new Index.IndexColumn(column.id(), n % 2 == 0)), false, false, null, IndexMethod.BTREE,
                    "benchmark", null, List.of());
            return time(() -> indexService.create(designId, draft));
        }));
        rows.add(createIndex.row("IndexService.create (one write)"));

        // ---- export (issue 7): the full ZIP, and our DDL beside jOOQ's own parse + render of the same DDL
        org.schemaboard.base.BackgroundWork work = context.getBean(org.schemaboard.base.BackgroundWork.class);
        Stats zipExport = measure(Math.min(warmups, 2), Math.min(runs, 5), () -> time(() -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.schemaboard.export.SpecificationZip.write(org.schemaboard.export.ExportSource.of(loaded), out, work);
            sink += out.size();
        }));
        rows.add(zipExport.row("Full ZIP export (md, html, 3 DDL, mermaid, json)"));
        Stats ourDdl = measure(Math.min(warmups, 2), Math.min(runs, 5), () -> time(() -> sink +=
                org.schemaboard.export.SpecificationExport.ddl(loaded,
                        org.schemaboard.export.SqlDialectChoice.POSTGRESQL).length()));
        rows.add(ourDdl.row("Our PostgreSQL DDL from the model"));
        String pgDdl = org.schemaboard.export.SpecificationExport.ddl(loaded,
                org.schemaboard.export.SqlDialectChoice.POSTGRESQL);
        org.jooq.DSLContext pg = org.jooq.impl.DSL.using(org.jooq.SQLDialect.POSTGRES,
                new org.jooq.conf.Settings().withRenderFormatted(true)
                        .withParseUnsupportedSyntax(org.jooq.conf.ParseUnsupportedSyntax.IGNORE));
        Stats jooqDdl = measure(Math.min(warmups, 2), Math.min(runs, 5), () -> time(() -> sink +=
                pg.render(pg.parser().parse(pgDdl)).length()));
        rows.add(jooqDdl.row("jOOQ alone: parse + render the same DDL"));

        report(rows);
        say("");
        say("(b) is a PROXY for the server work of opening the editor (DesignModelService.load once, then sorting "
                + "entities, attributesById(), entityOfAttribute() and one display string per relationship); it does "
                + "NOT measure Vaadin component creation, serialisation or browser rendering.");
        say("");
        verdict("(a) load < " + LOAD_TARGET_MS + " ms", load, LOAD_TARGET_MS);
        verdict("(b) editor open < " + EDITOR_TARGET_MS + " ms (proxy)", editor, EDITOR_TARGET_MS);

        profileLoad(db, currentUser, models, designId);
        say("");
        say("Generation took %,d ms. Done.", genMillis);
    }

    /**
     * What the editor does up front on a freshly loaded model before it can show its first view: entities sorted by
     * name, attribute and owner lookups, and one display string per relationship, as a relationship grid shows it.
     */
    static List<String> editorUpFrontWork(DesignModel model) {
        List<Entity> sorted = new ArrayList<>(model.entities());
        sorted.sort(Comparator.comparing(Entity::name, String.CASE_INSENSITIVE_ORDER));
        Map<UUID, Attribute> attributes = model.attributesById();
        Map<UUID, Entity> owners = model.entityOfAttribute();
        Map<UUID, Entity> entities = new HashMap<>(sorted.size() * 2);
        for (Entity e : sorted) {
            entities.put(e.id(), e);
        }
        List<String> rows = new ArrayList<>(model.relationships().size() + 1);
        for (Relationship r : model.relationships()) {
            Entity from = entities.get(r.fromEntityId());
            Entity to = entities.get(r.toEntityId());
            String fromColumns = r.columns().stream().map(p -> attributes.get(p.fromAttributeId()).name())
                    .collect(Collectors.joining(", "));
            String toColumns = r.columns().stream()
                    .map(p -> owners.get(p.toAttributeId()).name() + "." + attributes.get(p.toAttributeId()).name())
                    .collect(Collectors.joining(", "));
            rows.add(from.name() + " (" + fromColumns + ") " + r.cardinality().erNotation() + " " + to.name()
                    + " [" + toColumns + "]" + (r.label() == null ? "" : " : " + r.label()));
        }
        rows.add(sorted.get(0).name());
        return rows;
    }

    /** The same relationship strings, resolving entities with the model's own linear look-ups (for comparison). */
    static List<String> relationshipRowsViaModelLookups(DesignModel model) {
        List<String> rows = new ArrayList<>(model.relationships().size());
        for (Relationship r : model.relationships()) {
            Entity from = model.entity(r.fromEntityId()).orElseThrow();
            Entity to = model.entity(r.toEntityId()).orElseThrow();
            String fromColumns = r.columns().stream()
                    .map(p -> from.attribute(p.fromAttributeId()).map(Attribute::name).orElse("?"))
                    .collect(Collectors.joining(", "));
            String toColumns = r.columns().stream()
                    .map(p -> to.attribute(p.toAttributeId()).map(Attribute::name).orElse("?"))
                    .collect(Collectors.joining(", "));
            rows.add(model.entityName(r.fromEntityId()) + " (" + fromColumns + ") " + r.cardinality().erNotation()
                    + " " + model.entityName(r.toEntityId()) + " [" + toColumns + "]");
        }
        return rows;
    }

    private static void check(DesignModel model, LargeDesignGenerator.Result generated) {
        Map<UUID, Attribute> attributes = model.attributesById();
        boolean ok = model.entities().size() == generated.entities()
                && attributes.size() == generated.attributes()
                && model.relationships().size() == generated.relationships()
                && model.indexes().size() == generated.indexes()
                && model.queryPatterns().size() == generated.queryPatterns()
                && model.relationships().stream().flatMap(r -> r.columns().stream())
                .allMatch(p -> attributes.containsKey(p.fromAttributeId()) && attributes.containsKey(p.toAttributeId()))
                && model.indexes().stream().flatMap(i -> i.columns().stream())
                .allMatch(c -> attributes.containsKey(c.attributeId()));
        if (!ok) {
            throw new IllegalStateException("The loaded model does not match what was generated: " + generated);
        }
    }

    // ---------------------------------------------------------------- per-query breakdown of one warm load

    private static void profileLoad(DSLContext db, CurrentUser currentUser, DesignModelService models, UUID designId) {
        int warmups = 2;
        int runs = 7;
        Configuration configuration = db.configuration();
        ExecuteListenerProvider[] before = configuration.executeListenerProviders();
        QueryTimer timer = new QueryTimer();
        configuration.set(Stream.concat(Arrays.stream(before), Stream.of(new DefaultExecuteListenerProvider(timer)))
                .toArray(ExecuteListenerProvider[]::new));
        List<List<QueryTiming>> loads = new ArrayList<>();
        List<Sample> totals = new ArrayList<>();
        try {
            for (int i = 0; i < warmups + runs; i++) {
                Sample total = currentUser.runAs(OWNER, () -> {
                    timer.timings.clear(); // not the account look-up of runAs
                    return time(() -> sink += models.loadFresh(designId).entities().size());
                });
                if (i >= warmups) {
                    loads.add(new ArrayList<>(timer.timings));
                    totals.add(total);
                }
            }
        } finally {
            configuration.set(before);
        }
        say("");
        say("Where a warm load spends its time: medians of %d loads with a jOOQ execute listener attached (for this "
                + "pass only). 'execute' is the JDBC execute, 'total' runs from rendering the SQL to closing the "
                + "result, including turning rows into jOOQ records or model objects:", runs);
        say("");
        say("| %-30s | %7s | %10s | %10s | %10s |", "query (first table)", "rows", "execute ms", "total ms",
                "total CPU ms");
        say("|%s|%s|%s|%s|%s|", "-".repeat(32), "-".repeat(8) + ":", "-".repeat(11) + ":", "-".repeat(11) + ":",
                "-".repeat(11) + ":");
        List<QueryTiming> first = loads.get(0);
        double queriesWall = 0;
        double queriesCpu = 0;
        for (int q = 0; q < first.size(); q++) {
            int index = q;
            List<QueryTiming> same = loads.stream().filter(l -> l.size() > index).map(l -> l.get(index)).toList();
            double execute = median(same.stream().mapToLong(t -> t.execute).toArray());
            double total = median(same.stream().mapToLong(t -> t.total).toArray());
            double cpu = median(same.stream().mapToLong(t -> t.cpu).toArray());
            queriesWall += total;
            queriesCpu += cpu;
            QueryTiming t = first.get(q);
            say("| %-30s | %7s | %10.1f | %10.1f | %10.1f |", t.label, t.rows == 0 ? "-" : String.valueOf(t.rows),
                    execute / 1e6, total / 1e6, cpu / 1e6);
        }
        double loadWall = median(totals.stream().mapToLong(Sample::wall).toArray());
        double loadCpu = median(totals.stream().mapToLong(Sample::cpu).toArray());
        say("| %-30s | %7s | %10s | %10.1f | %10.1f |", "sum of the query medians", "", "", queriesWall / 1e6,
                queriesCpu / 1e6);
        say("| %-30s | %7s | %10s | %10.1f | %10.1f |", "whole load (median)", "", "", loadWall / 1e6, loadCpu / 1e6);
        say("('-' in rows: not counted, because the rows are read straight from the JDBC result set rather than as "
                + "jOOQ records)");
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static final class QueryTiming {
        String label;
        long start;
        long cpuStart;
        long executeStart;
        long execute;
        long total;
        long cpu;
        int rows;
    }

    /** Times each query of a load: start to end (wall and this thread's CPU), and the JDBC execute. */
    private static final class QueryTimer implements ExecuteListener {
        final List<QueryTiming> timings = new ArrayList<>();

        private static QueryTiming timing(ExecuteContext ctx) {
            return (QueryTiming) ctx.data("bench.timing");
        }

        @Override
        public void start(ExecuteContext ctx) {
            QueryTiming t = new QueryTiming();
            t.cpuStart = THREADS.getCurrentThreadCpuTime();
            t.start = System.nanoTime();
            ctx.data("bench.timing", t);
        }

        @Override
        public void executeStart(ExecuteContext ctx) {
            timing(ctx).executeStart = System.nanoTime();
        }

        @Override
        public void executeEnd(ExecuteContext ctx) {
            QueryTiming t = timing(ctx);
            t.execute = System.nanoTime() - t.executeStart;
            t.label = label(ctx.sql());
        }

        @Override
        public void recordEnd(ExecuteContext ctx) {
            timing(ctx).rows++;
        }

        @Override
        public void end(ExecuteContext ctx) {
            QueryTiming t = timing(ctx);
            t.total = System.nanoTime() - t.start;
            t.cpu = THREADS.getCurrentThreadCpuTime() - t.cpuStart;
            timings.add(t);
        }

        private static String label(String sql) {
            if (sql == null) {
                return "?";
            }
            String lower = sql.toLowerCase(Locale.ROOT);
            int from = lower.indexOf(" from ");
            if (from < 0) {
                return sql.substring(0, Math.min(30, sql.length()));
            }
            String rest = sql.substring(from + 6).replace("\"PUBLIC\".", "").replace("\"", "");
            String table = rest.split("[\\s,]")[0];
            return (lower.contains(" join ") ? table + " (+join)" : table).toLowerCase(Locale.ROOT);
        }
    }

    // ---------------------------------------------------------------- measuring and printing

    /** One timed run: wall-clock and the current thread's CPU time, in nanoseconds. */
    private record Sample(long wall, long cpu) {
    }

    private static Sample time(Runnable work) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        return new Sample(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);
    }

    /** Sorted wall-clock and (separately sorted) CPU times of the measured runs. */
    private record Stats(long[] nanos, long[] cpuNanos, long gcMillis) {
        double ms(int i) {
            return nanos[i] / 1e6;
        }

        double cpuMedian() {
            int n = cpuNanos.length;
            return (n % 2 == 1 ? cpuNanos[n / 2] : (cpuNanos[n / 2 - 1] + cpuNanos[n / 2]) / 2.0) / 1e6;
        }

        double min() {
            return ms(0);
        }

        double max() {
            return ms(nanos.length - 1);
        }

        double median() {
            int n = nanos.length;
            return n % 2 == 1 ? ms(n / 2) : (ms(n / 2 - 1) + ms(n / 2)) / 2;
        }

        /** Nearest-rank 90th percentile. */
        double p90() {
            return ms((int) Math.ceil(0.9 * nanos.length) - 1);
        }

        String[] row(String what) {
            return new String[] {what, String.valueOf(nanos.length), fmt(min()), fmt(median()), fmt(p90()),
                    fmt(max()), fmt(cpuMedian()), fmt((double) gcMillis / nanos.length)};
        }

        private static String fmt(double ms) {
            return String.format(Locale.ROOT, "%.1f", ms);
        }
    }

    private static Stats measure(int warmups, int runs, Supplier<Sample> timedRun) {
        return measureAlternating(warmups, runs, timedRun)[0];
    }

    /** Warm-up runs of each, then {@code runs} measured runs of each, taking turns. */
    @SafeVarargs
    private static Stats[] measureAlternating(int warmups, int runs, Supplier<Sample>... timedRuns) {
        for (int i = 0; i < warmups; i++) {
            for (Supplier<Sample> timedRun : timedRuns) {
                timedRun.get();
            }
        }
        System.gc();
        int kinds = timedRuns.length;
        long[][] nanos = new long[kinds][runs];
        long[][] cpu = new long[kinds][runs];
        long[] gc = new long[kinds];
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < kinds; k++) {
                long gcBefore = gcMillis();
                Sample sample = timedRuns[k].get();
                gc[k] += gcMillis() - gcBefore;
                nanos[k][i] = sample.wall();
                cpu[k][i] = sample.cpu();
            }
        }
        Stats[] stats = new Stats[kinds];
        for (int k = 0; k < kinds; k++) {
            Arrays.sort(nanos[k]);
            Arrays.sort(cpu[k]);
            stats[k] = new Stats(nanos[k], cpu[k], gc[k]);
        }
        return stats;
    }

    /** Time the JVM's collectors have spent so far (for G1 this includes its concurrent cycles). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static void verdict(String what, Stats stats, long targetMs) {
        boolean median = stats.median() < targetMs;
        boolean p90 = stats.p90() < targetMs;
        say("TARGET %-40s %s (median %.1f ms, p90 %.1f ms, CPU median %.1f ms)", what,
                median && p90 ? "MET" : median ? "MET on the median, NOT on p90" : "NOT MET",
                stats.median(), stats.p90(), stats.cpuMedian());
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long directorySize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void say(String format, Object... args) {
        System.out.println(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
    }
}
