package org.schemaboard.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Headless Chromium (the system's {@code /usr/bin/chromium}) driven by Playwright, with the steps the benchmarks share:
 * sign in, open a design's entities, select an entity, and watch a page for a text to appear in a grid.
 *
 * <p>The watcher is a {@code MutationObserver} that stamps {@code Date.now()} (wall clock, 1 ms resolution, the same
 * clock as Java's {@code Instant.now()}) when a {@code vaadin-grid-cell-content} first holds exactly the text, so
 * the moment of appearance is taken inside the page, without Playwright's polling and round trip.
 */
final class Browsers implements AutoCloseable {

    static final double NAVIGATION_TIMEOUT_MS = 120_000;
    static final double ACTION_TIMEOUT_MS = 30_000;

    private static final String WATCHER = """
            () => {
              if (window.__sbWatcher) return;
              window.__sbWatcher = true;
              const check = () => {
                const want = window.__sbWant;
                if (!want || window.__sbSeen != null) return;
                for (const c of document.querySelectorAll('vaadin-grid-cell-content')) {
                  if (c.textContent.trim() === want) { window.__sbSeen = Date.now(); return; }
                }
              };
              window.__sbWatch = text => { window.__sbWant = text; window.__sbSeen = null; check(); };
              new MutationObserver(check).observe(document.body, {childList: true, subtree: true, characterData: true});
            }""";

    /**
     * Stamps the arrival of the first WebSocket message (Vaadin's push) after {@link #watch}, before Vaadin's own
     * handler runs: it splits "server and network" from "browser applies the change".
     */
    private static final String PUSH_ARRIVAL = """
            (() => {
              const Native = window.WebSocket;
              if (!Native || Native.__sbWrapped) return;
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  this.addEventListener('message', () => {
                    if (window.__sbArmed && window.__sbPushAt == null) window.__sbPushAt = Date.now();
                  });
                }
              };
              window.WebSocket.__sbWrapped = true;
            })();""";

    private static final String SHOWS = """
            text => { for (const c of document.querySelectorAll('vaadin-grid-cell-content'))
                        if (c.textContent.trim() === text) return true;
                      return false; }""";

    private final Playwright playwright;
    private final Browser browser;

    private Browsers(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Browsers launch() {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync")));
        return new Browsers(playwright, browser);
    }

    String version() {
        return browser.version();
    }

    /** A new browser context (own cookies, so its own HTTP and Vaadin session) signed in as {@code username}. */
    Page signedIn(BenchApp app, String username) {
        return signedIn(app::url, username);
    }

    /** The same on the server whose addresses {@code url} makes from a path (another app node). */
    Page signedIn(java.util.function.UnaryOperator<String> url, String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
        context.setDefaultTimeout(ACTION_TIMEOUT_MS);
        context.addInitScript(PUSH_ARRIVAL);
        Page page = context.newPage();
        page.navigate(url.apply("/login"));
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Designs").setExact(true))
                .waitFor(new Locator.WaitForOptions().setTimeout(NAVIGATION_TIMEOUT_MS));
        return page;
    }

    /** Opens the design's entities section, selects {@code entity} and starts the appearance watcher. */
    static void openEntity(BenchApp app, Page page, UUID designId, String entity) {
        page.navigate(app.url("/designs/" + designId + "/entities"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(entity)).first()
                .click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(entity).setExact(true))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.evaluate(WATCHER);
    }

    /** Opens the entity by its address ({@code ?entity=<id>}), for a design too large to find it in the list. */
    static void openEntity(BenchApp app, Page page, UUID designId, String entity, UUID entityId) {
        openEntity(app::url, page, designId, entity, entityId);
    }

    static void openEntity(java.util.function.UnaryOperator<String> url, Page page, UUID designId, String entity,
                           UUID entityId) {
        page.navigate(url.apply("/designs/" + designId + "/entities?entity=" + entityId));
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(entity).setExact(true))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.evaluate(WATCHER);
    }

    /** From now on, stamp the moment {@code text} appears in a grid cell of the page. */
    static void watch(Page page, String text) {
        page.evaluate("t => { window.__sbPushAt = null; window.__sbArmed = true; window.__sbWatch(t); }", text);
    }

    /** When the first push after {@link #watch} arrived, epoch ms, or null. */
    static Double pushArrivedAt(Page page) {
        Object value = page.evaluate("() => window.__sbPushAt");
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** Waits (Playwright polling on animation frames) until the page shows {@code text} in a grid cell. */
    static void waitUntilShown(Page page, String text) {
        page.waitForFunction(SHOWS, text, new Page.WaitForFunctionOptions().setTimeout(ACTION_TIMEOUT_MS));
    }

    /** When the watched text appeared, epoch ms (after {@link #waitUntilShown}, or null if not yet). */
    static Double seenAt(Page page) {
        Object value = page.evaluate("() => window.__sbSeen");
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** Waits until the watched text appeared and returns when, epoch ms. */
    static double awaitSeen(Page page) {
        page.waitForFunction("() => window.__sbSeen != null", null,
                new Page.WaitForFunctionOptions().setTimeout(ACTION_TIMEOUT_MS).setPollingInterval(20));
        return seenAt(page);
    }

    static double epochMs() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1000.0 + now.getNano() / 1e6;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
