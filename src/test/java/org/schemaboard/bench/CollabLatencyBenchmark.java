package org.schemaboard.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.Locale;
import java.util.UUID;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;

/**
 * Issue 5, measurement 1: how long until a change committed by one person is visible in another person's browser.
 *
 * <p>Alice and Bob each have the same design's entities section open in their own browser context, with the entity
 * {@code customers} selected. Each edit renames one attribute (so the page stays the same size over the run; adding
 * 100+ attributes would grow the grid and measure rendering of an ever larger table) and Bob's page stamps the moment
 * the new name appears in his attributes grid. Two series:
 * <ol>
 *   <li><b>service → Bob's browser</b>: the edit is made in-process through {@code EntityService} as Alice;
 *   t0 = the service call returned (commit acknowledged), t1 = the new name in Bob's DOM. Also shown: from the start
 *   of the call, and the time Playwright's own wait returned (polling on animation frames plus the round trip to this
 *   JVM, i.e. roughly one frame more).</li>
 *   <li><b>Alice's browser → Bob's browser</b>: Alice renames through the UI ("Edit" → Name → "Save attribute");
 *   t0 = the click on "Save attribute" in her page, t1 = the new name in Bob's DOM (both {@code Date.now()} in the
 *   same browser on this machine). Alice's own grid update is shown too.</li>
 * </ol>
 * The first edits of each series warm up the JIT and are not counted.
 */
public final class CollabLatencyBenchmark {

    private static final int WARM_UP = 10;

    private CollabLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int serviceEdits = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int uiEdits = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        // a third argument makes the design large first: that many generated entities (with 20 attributes each,
        // 1.5 relationships and 2 indexes per entity), as ModelBenchmark generates them
        int generatedEntities = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        StringBuilder report = new StringBuilder("## Latency: a committed change seen in another browser\n\n");
        report.append(Machine.describe()).append('\n');
        try (BenchApp app = BenchApp.start(); Browsers browsers = Browsers.launch()) {
            report.append("- browser: headless Chromium ").append(browsers.version())
                    .append(", Vaadin in development mode (as `mvn spring-boot:run`), push over WebSocket\n\n");
            DesignService designs = app.bean(DesignService.class);
            EntityService entities = app.bean(EntityService.class);
            UUID designId = app.as("alice", () -> designs.create(
                    new DesignDraft(BenchApp.unique("Latency"), TargetDatabase.POSTGRESQL, null)));
            if (generatedEntities > 0) {
                LargeDesignGenerator.Size size = new LargeDesignGenerator.Size(generatedEntities,
                        generatedEntities * 20, generatedEntities * 3 / 2, generatedEntities * 2, 200);
                new LargeDesignGenerator(app.bean(org.jooq.DSLContext.class),
                        app.bean(org.springframework.transaction.support.TransactionTemplate.class), 20240601L)
                        .generate(designId, app.bean(org.schemaboard.security.AccountService.class)
                                .findByUsername("alice").orElseThrow().id(), size);
                report.append("- design: ").append(generatedEntities).append(" generated entities with ")
                        .append(size.attributes()).append(" attributes, ").append(size.relationships())
                        .append(" relationships, ").append(size.indexes()).append(" indexes, plus the probe entity\n\n");
            } else {
                report.append("- design: the probe entity alone (3 attributes), beside the demo data\n\n");
            }
            UUID[] probeEntity = new UUID[1];
            UUID probe = app.as("alice", () -> {
                designs.setMember(designId, "bob", DesignRole.EDITOR);
                UUID customers = entities.createEntity(designId, EntityDraft.named("latency_probe", EntityKind.CORE));
                probeEntity[0] = customers;
                entities.addAttribute(customers, AttributeDraft.of("id", "UUID").asPrimaryKey());
                entities.addAttribute(customers, AttributeDraft.of("email", "TEXT"));
                return entities.addAttribute(customers, AttributeDraft.of("probe", "TEXT"));
            });

            Page alice = browsers.signedIn(app, "alice");
            Page bob = browsers.signedIn(app, "bob");
            Browsers.openEntity(app, alice, designId, "latency_probe", probeEntity[0]);
            Browsers.openEntity(app, bob, designId, "latency_probe", probeEntity[0]);

            // Series 1: in-process commit as Alice → Bob's browser.
            Stats fromAck = new Stats();
            Stats fromCallStart = new Stats();
            Stats serviceCall = new Stats();
            Stats playwrightWait = new Stats();
            Stats toPush = new Stats();
            Stats pushToDom = new Stats();
            String loadBefore = Machine.load();
            long cpuBefore = deliveryCpuNanos();
            int version = 1;
            for (int i = 0; i < WARM_UP + serviceEdits; i++) {
                String name = String.format(Locale.ROOT, "svc_%04d", i);
                Browsers.watch(bob, name);
                AttributeDraft draft = AttributeDraft.of(name, "TEXT");
                int expected = version;
                double callStart = Browsers.epochMs();
                long started = System.nanoTime();
                app.as("alice", () -> entities.updateAttribute(probe, expected, draft));
                long acknowledged = System.nanoTime();
                double ack = Browsers.epochMs();
                Browsers.waitUntilShown(bob, name);
                long shown = System.nanoTime();
                double seen = Browsers.seenAt(bob);
                Double push = Browsers.pushArrivedAt(bob);
                version++;
                if (i >= WARM_UP) {
                    if (push != null) {
                        toPush.add(push - ack);
                        pushToDom.add(seen - push);
                    }
                    fromAck.add(seen - ack);
                    fromCallStart.add(seen - callStart);
                    serviceCall.add((acknowledged - started) / 1e6);
                    playwrightWait.add((shown - acknowledged) / 1e6);
                }
                Thread.sleep(200);
            }
            Thread.sleep(1000);
            double cpuPerRefresh = (deliveryCpuNanos() - cpuBefore) / 1e6 / (2.0 * (WARM_UP + serviceEdits));
            String loadAfter = Machine.load();
            report.append("### Series 1: service commit as Alice → Bob's browser\n\n")
                    .append("Load average before / after: ").append(loadBefore).append(" / ").append(loadAfter)
                    .append("; ").append(WARM_UP).append(" warm-up edits not counted; 200 ms between edits.\n\n")
                    .append(Stats.header()).append('\n')
                    .append(fromAck.row("**ack → in Bob's DOM** (the goal's measure)")).append('\n')
                    .append(fromCallStart.row("call start → in Bob's DOM")).append('\n')
                    .append(serviceCall.row("service call (commit + in-process fan-out to open editors)"))
                    .append('\n')
                    .append(playwrightWait.row("ack → Playwright `waitForFunction` returned (raf polling + RPC)"))
                    .append('\n')
                    .append(toPush.row("… of which ack → push message arrives in Bob's page (server refresh + "
                            + "network)")).append('\n')
                    .append(pushToDom.row("… of which push arrives → new name in Bob's DOM (browser applies it)"))
                    .append("\n\n")
                    .append(String.format(Locale.ROOT, "Server CPU per refresh of one open editor (reload the model, "
                            + "rebuild the entity panel, encode and push; summed over the bus's delivery threads, "
                            + "so independent of how busy the machine is): %.1f ms.%n%n", cpuPerRefresh));

            // Series 2: Alice's browser → Bob's browser, through the UI.
            Stats uiToUi = new Stats();
            Stats uiToOwn = new Stats();
            String current = "svc_" + String.format(Locale.ROOT, "%04d", WARM_UP + serviceEdits - 1);
            loadBefore = Machine.load();
            for (int i = 0; i < WARM_UP + uiEdits; i++) {
                String name = String.format(Locale.ROOT, "ui_%04d", i);
                Browsers.watch(bob, name);
                Browsers.watch(alice, name);
                button(alice, "Edit " + current).click();
                Locator dialog = alice.getByRole(AriaRole.DIALOG);
                dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
                Locator save = button(dialog, "Save attribute");
                save.evaluate("b => b.addEventListener('click', () => { window.__sbClick = Date.now(); },"
                        + " {capture: true, once: true})");
                save.click();
                double bobSeen = Browsers.awaitSeen(bob);
                double aliceSeen = Browsers.awaitSeen(alice);
                double click = ((Number) alice.evaluate("() => window.__sbClick")).doubleValue();
                dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
                current = name;
                if (i >= WARM_UP) {
                    uiToUi.add(bobSeen - click);
                    uiToOwn.add(aliceSeen - click);
                }
                Thread.sleep(200);
            }
            loadAfter = Machine.load();
            report.append("### Series 2: Alice's browser → Bob's browser (UI to UI)\n\n")
                    .append("Load average before / after: ").append(loadBefore).append(" / ").append(loadAfter)
                    .append("; ").append(WARM_UP).append(" warm-up edits not counted.\n\n")
                    .append(Stats.header()).append('\n')
                    .append(uiToUi.row("**click \"Save attribute\" (Alice) → in Bob's DOM**")).append('\n')
                    .append(uiToOwn.row("click \"Save attribute\" (Alice) → in Alice's own grid")).append("\n\n")
                    .append("Goal p95 < 100 ms: series 1 ").append(fromAck.percentile(95) < 100 ? "met" : "NOT met")
                    .append(" (p95 ").append(String.format(Locale.ROOT, "%.1f", fromAck.percentile(95)))
                    .append(" ms), series 2 ").append(uiToUi.percentile(95) < 100 ? "met" : "NOT met")
                    .append(" (p95 ").append(String.format(Locale.ROOT, "%.1f", uiToUi.percentile(95)))
                    .append(" ms).\n\n")
                    .append("Raw (ms), series 1 ack → Bob: ").append(fromAck.raw()).append("\n\n")
                    .append("Raw (ms), series 2 click → Bob: ").append(uiToUi.raw()).append('\n');
        }
        Machine.report("latency", report.toString());
        System.exit(0);
    }

    /** CPU time used so far by the event bus's delivery threads, where open editors refresh. */
    static long deliveryCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("design-events-"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
    }

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
