package org.schemaboard.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.security.AccountService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 22: a browser tab on a 10,000-table design. One person (alice) in headless Chromium against the running app:
 * <ul>
 *   <li>opening the editor: navigation start → the entity list shows its first rows, and → the header's problems
 *   count has arrived (every section's first data);</li>
 *   <li>the entity list's laziness: rows in the page's DOM, and the time to scroll to the end of the list;</li>
 *   <li>the finder: Ctrl+K, an entity's name typed → that entity is the first option (per query, key press to shown);</li>
 *   <li>the diagram of the whole design: what it draws (boxes) and how long until it is shown;</li>
 *   <li>the page's own weight (DOM elements, JavaScript heap) and the server's heap held for the open editor.</li>
 * </ul>
 * {@code mvn -Pcollab-benchmark test-compile exec:exec -Dbench=large-browser -Dbench.args="10000"}
 * (the argument: generated entities, with 20 attributes, 1.5 relationships and 2 indexes each).
 */
public final class LargeDesignBrowserBenchmark {

    private static final int RUNS = 5;

    private LargeDesignBrowserBenchmark() {
    }

    /**
     * Arms the finder's stamps for one query: {@code __sbFindTyped} at the field's input event, {@code __sbFindSeen}
     * when an option holding the name is in the DOM (epoch ms, the page's clock).
     */
    private static final String FINDER_WATCH = """
            name => {
              window.__sbFindTyped = null;
              window.__sbFindSeen = null;
              const now = () => performance.timeOrigin + performance.now();
              document.addEventListener('input', () => { window.__sbFindTyped = now(); },
                  { capture: true, once: true });
              const shown = () => [...document.querySelectorAll('[role=option]')]
                  .some(o => o.textContent.includes(name));
              const observer = new MutationObserver(() => {
                if (window.__sbFindSeen == null && shown()) {
                  window.__sbFindSeen = now();
                  observer.disconnect();
                }
              });
              observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            }""";

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        StringBuilder report = new StringBuilder("## A browser tab on a " + entities + "-table design\n\n");
        report.append(Machine.describe()).append('\n');
        try (BenchApp app = BenchApp.start(); Browsers browsers = Browsers.launch()) {
            report.append("- browser: headless Chromium ").append(browsers.version()).append('\n');
            UUID design = app.as("alice", () -> app.bean(DesignService.class).create(
                    new DesignDraft(BenchApp.unique("Large"), TargetDatabase.POSTGRESQL, null)));
            LargeDesignGenerator.Size size = new LargeDesignGenerator.Size(entities, entities * 20,
                    entities * 3 / 2, entities * 2, 1000);
            long generation = System.nanoTime();
            new LargeDesignGenerator(app.bean(org.jooq.DSLContext.class), app.bean(TransactionTemplate.class),
                    20240601L).generate(design, app.bean(AccountService.class).findByUsername("alice")
                    .orElseThrow().id(), size);
            report.append(String.format(Locale.ROOT, "- design: %,d entities, %,d attributes, %,d relationships, "
                            + "%,d indexes, %,d query patterns (generated in %.1f s)%n", size.entities(),
                    size.attributes(), size.relationships(), size.indexes(), size.queryPatterns(),
                    (System.nanoTime() - generation) / 1e9));
            DesignModel model = app.as("alice", () -> app.bean(DesignModelService.class).load(design));
            report.append("- load average at the start: ").append(Machine.load()).append("\n\n");

            long heapBefore = usedHeapAfterGc();
            Page page = browsers.signedIn(app, "alice");
            Stats list = new Stats();
            Stats problems = new Stats();
            for (int i = 0; i <= RUNS; i++) {
                long start = System.nanoTime();
                page.navigate(app.url("/designs/" + design + "/entities"));
                page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                                .setHasText(model.entities().get(0).name())).first()
                        .waitFor(new Locator.WaitForOptions().setTimeout(Browsers.NAVIGATION_TIMEOUT_MS));
                long shown = System.nanoTime();
                page.waitForFunction("() => { const b = document.querySelector('.sb-problems-count');"
                        + " return b && !b.textContent.includes('Checking'); }", null,
                        new Page.WaitForFunctionOptions().setTimeout(Browsers.NAVIGATION_TIMEOUT_MS)
                                .setPollingInterval(10));
                long counted = System.nanoTime();
                if (i > 0) {
                    list.add((shown - start) / 1e6);
                    problems.add((counted - start) / 1e6);
                }
            }
            long heapOpen = usedHeapAfterGc();
            Object domRows = page.evaluate("() => document.querySelectorAll('vaadin-grid-cell-content').length");
            Object domElements = page.evaluate("() => document.getElementsByTagName('*').length");
            Object jsHeap = page.evaluate("() => performance.memory ? performance.memory.usedJSHeapSize : null");

            Stats scroll = new Stats();
            String last = model.entities().get(model.entities().size() - 1).name();
            for (int i = 0; i < RUNS; i++) {
                page.evaluate("() => { const g = document.querySelector('vaadin-grid'); g.scrollToIndex(0); }");
                page.waitForTimeout(300);
                long start = System.nanoTime();
                page.evaluate("n => document.querySelector('vaadin-grid').scrollToIndex(n)", model.entities().size());
                page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(last))
                        .first().waitFor(new Locator.WaitForOptions().setTimeout(Browsers.ACTION_TIMEOUT_MS));
                scroll.add((System.nanoTime() - start) / 1e6);
            }

            Stats finder = new Stats();
            Stats finderInPage = new Stats();
            int notFirst = 0;
            Random random = new Random(7);
            List<Entity> all = model.entities();
            for (int i = 0; i < 3 + 20; i++) {
                String name = all.get(random.nextInt(all.size())).name();
                page.keyboard().press("Control+k");
                Locator find = page.getByLabel("Find in this design");
                find.waitFor();
                // from a query that matches nothing to the whole name at once: the wait below cannot be met by
                // the answer to an earlier query
                find.fill("qqqqxz");
                page.getByRole(AriaRole.OPTION).first().waitFor(new Locator.WaitForOptions()
                        .setState(WaitForSelectorState.HIDDEN));
                // Stamped in the page: the input event of the typed name, and the moment an option holding it is
                // in the DOM (a mutation observer, so the figure is not Playwright's polling back-off, which
                // waits 20, 50, then 100 ms between looks).
                page.evaluate(FINDER_WATCH, name);
                long start = System.nanoTime();
                find.fill(name);
                Locator first = page.getByRole(AriaRole.OPTION).first();
                try {
                    page.waitForFunction("() => window.__sbFindSeen != null", null,
                            new Page.WaitForFunctionOptions().setTimeout(Browsers.ACTION_TIMEOUT_MS));
                } catch (RuntimeException e) {
                    page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get(
                            "target", "bench", "finder-failed.png")));
                    throw new IllegalStateException("the finder offered nothing for " + name, e);
                }
                if (i >= 3) {
                    finder.add((System.nanoTime() - start) / 1e6);
                    finderInPage.add(((Number) page.evaluate("() => window.__sbFindSeen - window.__sbFindTyped"))
                            .doubleValue());
                    if (!first.textContent().contains(name)) {
                        notFirst++;
                    }
                }
                page.keyboard().press("Escape");
                find.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
            }

            Stats diagram = new Stats();
            Object boxes = null;
            for (int i = 0; i <= 3; i++) {
                long start = System.nanoTime();
                page.navigate(app.url("/designs/" + design + "/diagram"));
                page.locator("svg.sb-erd .sb-box").first()
                        .waitFor(new Locator.WaitForOptions().setTimeout(Browsers.NAVIGATION_TIMEOUT_MS));
                if (i > 0) {
                    diagram.add((System.nanoTime() - start) / 1e6);
                }
                boxes = page.evaluate("() => document.querySelectorAll('svg.sb-erd .sb-box').length");
            }
            String note = String.valueOf(page.evaluate("() => { const t = document.querySelector('.sb-diagram-info');"
                    + " return t ? t.textContent : ''; }"));

            report.append(Stats.header()).append('\n')
                    .append(list.row("open the editor: navigation → entity list's first rows")).append('\n')
                    .append(problems.row("open the editor: navigation → header's problems count")).append('\n')
                    .append(scroll.row("entity list: scroll to its last row → shown")).append('\n')
                    .append(finder.row("finder: whole name typed → first option shown, as Playwright sees it"))
                    .append('\n')
                    .append(finderInPage.row("finder: the name's input event → its option in the page's DOM "
                            + "(goal < 200 ms)")).append('\n')
                    .append(diagram.row("diagram of the design: navigation → boxes shown")).append("\n\n");
            report.append(String.format(Locale.ROOT, "- entity list: %s grid cells in the DOM for %,d entities; "
                    + "page: %s elements; JavaScript heap %s MB%n", domRows, all.size(), domElements,
                    jsHeap == null ? "?" : String.format(Locale.ROOT, "%.1f", ((Number) jsHeap).doubleValue() / 1e6)));
            report.append("- finder: the entity was not the first option in ").append(notFirst)
                    .append(" of 20 queries\n");
            report.append("- diagram: ").append(boxes).append(" boxes drawn; its note: ").append(note.strip())
                    .append('\n');
            report.append(String.format(Locale.ROOT, "- server heap after GC: %.1f MB before alice opened the editor,"
                    + " %.1f MB with it open (the model, its findings, the session)%n", heapBefore / 1e6,
                    heapOpen / 1e6));
            report.append("- load average at the end: ").append(Machine.load()).append('\n');
        }
        System.out.println(report);
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
