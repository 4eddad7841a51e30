package org.schemaboard.bench;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.schemaboard.collab.DesignEventBus;
import org.schemaboard.collab.PresenceRegistry;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;

/**
 * Issue 5, measurement 3: how many open editor sessions one instance holds, and the server memory per open session.
 *
 * <p>Every session is its own browser context (own cookies, so its own HTTP session and Vaadin session, as separate
 * people would have), signed in as alice, with the same design's entities section open and an entity selected. At
 * each checkpoint: used heap after forced GC, presence entries, event-bus subscriptions, the browser's memory (PSS of
 * the Chromium processes this JVM started) and what the machine has left; then a live change (an edit by bob through
 * the service) and the time until every open page shows it. At the end all pages are closed and the server is watched
 * releasing presence, subscriptions and memory.
 */
public final class SessionCapacityBenchmark {

    /** Stop opening sessions when the machine has less than this left (it is shared with other builds). */
    private static final long MIN_AVAILABLE_MIB = 4096;
    private static final int WARM_SESSIONS = 2;
    private static final int LIVE_EDITS = 3;

    private SessionCapacityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int max = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        List<Integer> checkpoints = new ArrayList<>();
        for (int c : new int[] {10, 25, 50, 75, 100, 150, 200}) {
            if (c < max) {
                checkpoints.add(c);
            }
        }
        checkpoints.add(max);
        StringBuilder report = new StringBuilder("## Capacity: open editor sessions on one instance\n\n");
        report.append(Machine.describe()).append('\n');
        try (BenchApp app = BenchApp.start(); Browsers browsers = Browsers.launch()) {
            report.append("- browser: headless Chromium ").append(browsers.version()).append(", one browser context "
                    + "(= one HTTP session, one Vaadin session, one UI) per open editor; Vaadin in development mode\n")
                    .append("- server heap: used heap after System.gc() ×3, in the same JVM as the server (the "
                            + "browser and Playwright's driver are separate processes)\n\n");
            DesignService designs = app.bean(DesignService.class);
            EntityService entities = app.bean(EntityService.class);
            PresenceRegistry presence = app.bean(PresenceRegistry.class);
            UUID designId = app.as("alice", () -> designs.create(
                    new DesignDraft(BenchApp.unique("Capacity"), TargetDatabase.POSTGRESQL, null)));
            UUID probe = app.as("alice", () -> {
                designs.setMember(designId, "bob", DesignRole.EDITOR);
                UUID customers = entities.createEntity(designId, EntityDraft.named("customers", EntityKind.CORE));
                entities.addAttribute(customers, AttributeDraft.of("id", "UUID").asPrimaryKey());
                entities.addAttribute(customers, AttributeDraft.of("email", "TEXT"));
                return entities.addAttribute(customers, AttributeDraft.of("probe", "TEXT"));
            });

            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < WARM_SESSIONS; i++) {
                pages.add(open(app, browsers, designId));
            }
            long heap0 = usedHeapAfterGc();
            int presence0 = presence.present(designId).size();
            int subscriptions0 = subscriptions(app);
            long pss0 = browserPssMiB();
            report.append(String.format(Locale.ROOT, "Baseline with %d warm-up sessions open (not counted): heap "
                            + "%.1f MiB, presence %d, subscriptions %d, browser PSS %d MiB, load %s.%n%n",
                    WARM_SESSIONS, heap0 / 1048576.0, presence0, subscriptions0, pss0, Machine.load()))
                    .append("| open sessions | heap used MiB | server heap per session KiB | presence | "
                            + "subscriptions | browser PSS MiB | browser per session MiB | machine available MiB | "
                            + "load (1, 5, 15) | idle browser CPU % of one core | edit → all pages: service call ms | "
                            + "ack → page p50 ms | ack → page max ms | not shown within 30 s | "
                            + "opening time per session s |\n")
                    .append("|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");

            int version = 1;
            int edit = 0;
            String stopped = null;
            long opening = System.nanoTime();
            for (int checkpoint : checkpoints) {
                while (pages.size() - WARM_SESSIONS < checkpoint) {
                    if (Machine.availableMiB() < MIN_AVAILABLE_MIB) {
                        stopped = "stopped opening at " + (pages.size() - WARM_SESSIONS) + " sessions: the machine "
                                + "had less than " + MIN_AVAILABLE_MIB + " MiB available";
                        break;
                    }
                    try {
                        pages.add(open(app, browsers, designId));
                    } catch (com.microsoft.playwright.TimeoutError timedOut) {
                        stopped = "stopped opening at " + (pages.size() - WARM_SESSIONS) + " sessions: opening the "
                                + "next one took longer than " + (int) Browsers.ACTION_TIMEOUT_MS / 1000 + " s (load "
                                + Machine.load() + ")";
                        break;
                    }
                }
                int n = pages.size() - WARM_SESSIONS;
                double openingSeconds = (System.nanoTime() - opening) / 1e9 / Math.max(1, n);
                Thread.sleep(2000);
                long heap = usedHeapAfterGc();
                int present = presence.present(designId).size();
                int subs = subscriptions(app);
                long pss = browserPssMiB();
                String load = Machine.load();
                double idleCpu = browserCpuPercent(10_000);
                if (checkpoint == checkpoints.get(0)) {
                    System.out.println("animations running in an idle editor page: "
                            + pages.get(0).evaluate("() => document.getAnimations().map(a => (a.animationName "
                            + "|| a.constructor.name) + ' on ' + (a.effect && a.effect.target ? "
                            + "a.effect.target.tagName + '.' + a.effect.target.className : '?')).join('; ')"));
                }

                Stats call = new Stats();
                int missed = 0;
                Stats seen = new Stats();
                for (int e = 0; e < LIVE_EDITS; e++) {
                    String name = String.format(Locale.ROOT, "live_%04d", edit++);
                    for (Page page : pages) {
                        Browsers.watch(page, name);
                    }
                    int expected = version++;
                    long started = System.nanoTime();
                    app.as("bob", () -> entities.updateAttribute(probe, expected, AttributeDraft.of(name, "TEXT")));
                    call.add((System.nanoTime() - started) / 1e6);
                    double ack = Browsers.epochMs();
                    for (Page page : pages) {
                        try {
                            seen.add(Browsers.awaitSeen(page) - ack);
                        } catch (com.microsoft.playwright.TimeoutError timedOut) {
                            missed++;
                        }
                    }
                    Thread.sleep(500);
                }
                report.append(String.format(Locale.ROOT,
                        "| %d | %.1f | %.0f | %d | %d | %d | %.0f | %d | %s | %.0f | %.0f | %.0f | %.0f | %d | %.1f |%n",
                        n, heap / 1048576.0, (heap - heap0) / 1024.0 / n, present, subs, pss,
                        (pss - pss0) / (double) n, Machine.availableMiB(), load, idleCpu, call.percentile(50),
                        seen.n() == 0 ? Double.NaN : seen.percentile(50), seen.n() == 0 ? Double.NaN : seen.max(),
                        missed, openingSeconds));
                System.out.println("checkpoint " + n + " done; " + report.substring(report.lastIndexOf("\n| ")));
                if (stopped != null) {
                    break;
                }
            }
            report.append('\n');
            if (stopped != null) {
                report.append(stopped).append(".\n\n");
            }
            report.append("Live-change columns: ").append(LIVE_EDITS).append(" edits per checkpoint, each a rename "
                    + "by bob through EntityService; \"service call\" is the median time the call took (it returns "
                    + "after the in-process bus has handed the change to every open editor); the page columns are "
                    + "over all pages × edits, from the call's return to the new name in each page's DOM.\n\n");

            // Close everything and watch the server let go.
            int open = pages.size();
            long closing = System.nanoTime();
            for (Page page : pages) {
                page.context().close();
            }
            pages.clear();
            report.append(String.format(Locale.ROOT, "After closing all %d pages (closing took %.1f s):%n%n", open,
                    (System.nanoTime() - closing) / 1e9))
                    .append("| seconds after closing | presence | subscriptions | heap used MiB (after GC) |\n")
                    .append("|---:|---:|---:|---:|\n");
            long closedAt = System.nanoTime();
            for (int at : new int[] {0, 2, 10, 45, 90}) {
                long wait = closedAt + at * 1_000_000_000L - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000);
                }
                long heap = at >= 45 ? usedHeapAfterGc() : -1;
                report.append(String.format(Locale.ROOT, "| %d | %d | %d | %s |%n", at,
                        presence.present(designId).size(), subscriptions(app),
                        heap < 0 ? "–" : String.format(Locale.ROOT, "%.1f", heap / 1048576.0)));
            }
            report.append(String.format(Locale.ROOT, "%nHeap before any session was counted: %.1f MiB.%n",
                    heap0 / 1048576.0));
        }
        Machine.report("capacity", report.toString());
        System.exit(0);
    }

    private static Page open(BenchApp app, Browsers browsers, UUID designId) {
        Page page = browsers.signedIn(app, "alice");
        try {
            Browsers.openEntity(app, page, designId, "customers");
        } catch (RuntimeException e) {
            page.context().close();
            throw e;
        }
        return page;
    }

    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Open subscriptions of the in-process bus (its package-private leak check, reached by reflection). */
    static int subscriptions(BenchApp app) {
        try {
            Object bus = app.bean(DesignEventBus.class);
            if (AopUtils.isAopProxy(bus)) {
                bus = ((Advised) bus).getTargetSource().getTarget();
            }
            Method count = bus.getClass().getDeclaredMethod("subscriptionCount");
            count.setAccessible(true);
            return (int) count.invoke(bus);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot count the bus's subscriptions", e);
        }
    }

    /** CPU used by the Chromium processes this JVM started, over {@code ms} of idleness, in % of one core. */
    static double browserCpuPercent(long ms) throws InterruptedException {
        long before = browserCpuTicks();
        Thread.sleep(ms);
        return (browserCpuTicks() - before) / 100.0 / (ms / 1000.0) * 100.0;
    }

    private static long browserCpuTicks() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("chrom")).orElse(false))
                .mapToLong(p -> {
                    try {
                        String stat = Files.readString(Paths.get("/proc/" + p.pid() + "/stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    } catch (IOException | RuntimeException e) {
                        return 0;
                    }
                }).sum();
    }

    /** Proportional set size of the Chromium processes this JVM started (via Playwright's driver), MiB. */
    static long browserPssMiB() {
        long kib = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("chrom")).orElse(false))
                .mapToLong(p -> pss(p.pid())).sum();
        return kib / 1024;
    }

    private static long pss(long pid) {
        try {
            return Files.readAllLines(Paths.get("/proc/" + pid + "/smaps_rollup")).stream()
                    .filter(l -> l.startsWith("Pss:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D+", ""))).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
