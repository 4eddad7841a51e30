package org.schemaboard.bench;

import com.microsoft.playwright.Page;
import java.util.Locale;
import java.util.UUID;
import org.schemaboard.cluster.AppNode;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;

/**
 * Issue 19: how long until a change committed on app node A is visible in a browser on node B, both nodes on one
 * PostgreSQL database (the change travels by LISTEN/NOTIFY). Measured as {@link CollabLatencyBenchmark}'s series 1:
 * Alice renames an attribute through {@code EntityService} on node A; t0 = the service call returned (commit
 * acknowledged), t1 = the new name in Bob's DOM (a MutationObserver's {@code Date.now()}), Bob's page being served by
 * node B. The first edits warm up the JIT and are not counted.
 *
 * <p>{@code SCHEMABOARD_TEST_PG_URL} names the PostgreSQL server; a database {@value #DATABASE} is made there afresh
 * and dropped at the end. Arguments: the number of counted edits (default 150).
 */
public final class CrossNodeLatencyBenchmark {

    private static final int WARM_UP = 10;
    private static final String DATABASE = "sb_bench_cross_node";

    private CrossNodeLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        String server = System.getenv("SCHEMABOARD_TEST_PG_URL");
        if (server == null || server.isBlank()) {
            throw new IllegalStateException("Set SCHEMABOARD_TEST_PG_URL to a PostgreSQL server (a database is "
                    + "created there for the run)");
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        StringBuilder report = new StringBuilder("## Latency across app nodes: committed on node A, seen in a "
                + "browser on node B (PostgreSQL LISTEN/NOTIFY)\n\n");
        report.append(Machine.describe()).append('\n');
        String database = AppNode.freshDatabase(server, DATABASE);
        try (AppNode nodeA = AppNode.start(database, "--logging.level.root=warn");
             AppNode nodeB = AppNode.start(database, "--logging.level.root=warn");
             Browsers browsers = Browsers.launch()) {
            report.append("- two app nodes in one JVM (own Spring context, web server, pool and LISTEN connection "
                    + "each), one PostgreSQL ").append(version(database)).append(" on this machine\n")
                    .append("- browser: headless Chromium ").append(browsers.version())
                    .append(", Vaadin in development mode, push over WebSocket\n\n");
            DesignService designs = nodeA.bean(DesignService.class);
            EntityService entities = nodeA.bean(EntityService.class);
            UUID[] entity = new UUID[1];
            UUID designId = nodeA.as("alice", () -> designs.create(
                    new DesignDraft(BenchApp.unique("Cross-node"), TargetDatabase.POSTGRESQL, null)));
            UUID probe = nodeA.as("alice", () -> {
                designs.setMember(designId, "bob", DesignRole.EDITOR);
                entity[0] = entities.createEntity(designId, EntityDraft.named("latency_probe", EntityKind.CORE));
                entities.addAttribute(entity[0], AttributeDraft.of("id", "UUID").asPrimaryKey());
                return entities.addAttribute(entity[0], AttributeDraft.of("probe", "TEXT"));
            });
            Page bob = browsers.signedIn(nodeB::url, "bob");
            Browsers.openEntity(nodeB::url, bob, designId, "latency_probe", entity[0]);

            Stats fromAck = new Stats();
            Stats toPush = new Stats();
            Stats pushToDom = new Stats();
            Stats serviceCall = new Stats();
            String loadBefore = Machine.load();
            for (int i = 0; i < WARM_UP + edits; i++) {
                String name = String.format(Locale.ROOT, "node_%04d", i);
                Browsers.watch(bob, name);
                int expected = i + 1;
                long started = System.nanoTime();
                nodeA.as("alice", () -> {
                    entities.updateAttribute(probe, expected, AttributeDraft.of(name, "TEXT"));
                    return null;
                });
                long acknowledged = System.nanoTime();
                double ack = Browsers.epochMs();
                Browsers.waitUntilShown(bob, name);
                double seen = Browsers.seenAt(bob);
                Double push = Browsers.pushArrivedAt(bob);
                if (i >= WARM_UP) {
                    fromAck.add(seen - ack);
                    serviceCall.add((acknowledged - started) / 1e6);
                    if (push != null) {
                        toPush.add(push - ack);
                        pushToDom.add(seen - push);
                    }
                }
                Thread.sleep(200);
            }
            String loadAfter = Machine.load();
            report.append("Load average before / after: ").append(loadBefore).append(" / ").append(loadAfter)
                    .append("; ").append(WARM_UP).append(" warm-up edits not counted; 200 ms between edits.\n\n")
                    .append(Stats.header()).append('\n')
                    .append(fromAck.row("**ack on node A → in Bob's DOM (node B)**")).append('\n')
                    .append(toPush.row("… of which ack → push arrives in Bob's page (NOTIFY, node B reloads and "
                            + "pushes)")).append('\n')
                    .append(pushToDom.row("… of which push arrives → in Bob's DOM")).append('\n')
                    .append(serviceCall.row("service call on node A (commit; NOTIFY after commit)")).append("\n\n")
                    .append("Goal p95 < 150 ms: ").append(fromAck.percentile(95) < 150 ? "met" : "NOT met")
                    .append(String.format(Locale.ROOT, " (p95 %.1f ms).%n%n", fromAck.percentile(95)))
                    .append("Raw (ms), ack → Bob: ").append(fromAck.raw()).append('\n');
        } finally {
            AppNode.dropDatabase(server, DATABASE);
        }
        Machine.report("cross-node-latency", report.toString());
        System.exit(0);
    }

    private static String version(String url) {
        try (var db = java.sql.DriverManager.getConnection(url)) {
            return db.getMetaData().getDatabaseProductVersion();
        } catch (java.sql.SQLException e) {
            return "(version unknown)";
        }
    }
}
