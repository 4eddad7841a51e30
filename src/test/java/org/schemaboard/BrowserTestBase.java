package org.schemaboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browser tests: the whole application on a random port, in demo mode, on a real H2 file database in a fresh temporary
 * directory, driven by Playwright through Chromium. All subclasses share one application (one Spring context, one
 * database), so each test makes the designs it changes and leaves the demo design as it is.
 *
 * <p>Chromium comes from {@code $CHROMIUM_PATH} or {@code /usr/bin/chromium}; without either, Playwright's own
 * browser is tried. When no browser can be launched the tests are skipped with a message, unless
 * {@code E2E_REQUIRE_BROWSER=1} (as in CI), where they fail.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestBase {

    /** Vaadin's first page in dev mode can take a while on a 2-core machine; assertions still return as soon as met. */
    private static final double NAVIGATION_TIMEOUT_MS = 60_000;
    private static final double ACTION_TIMEOUT_MS = 15_000;
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Path DATA_DIR = freshDataDirectory();
    private static final long CLOSE_LIMIT_MS = Long.getLong("it.closeLimitMs", 30_000);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "browser-close-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private static Playwright playwright;
    private static Browser browser;
    private static Throwable launchFailure;

    @LocalServerPort
    private int port;

    private final List<BrowserContext> contexts = new ArrayList<>();

    /** On a failure, every open page is saved as target/screenshots/FAILED-<test>-<n>.png before it is closed. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = extension -> {
        if (extension.getExecutionException().isPresent()) {
            int n = 0;
            for (BrowserContext context : contexts) {
                for (Page page : context.pages()) {
                    try {
                        screenshot(page, "FAILED-" + extension.getRequiredTestMethod().getName() + "-" + n++);
                    } catch (RuntimeException ignored) {
                        // the page may be gone already; the failure itself is what matters
                    }
                }
            }
        }
    };


    @DynamicPropertySource
    static void application(DynamicPropertyRegistry registry) {
        registry.add("schemaboard.data-dir", DATA_DIR::toString);
        registry.add("schemaboard.demo", () -> "true");
        // Vaadin's dev tools overlay would cover parts of the page and show up in screenshots.
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    @BeforeAll
    static void launchBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(ACTION_TIMEOUT_MS);
        launchFailure = null;
        try {
            Map<String, String> env = new HashMap<>();
            env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            if (Files.isExecutable(Paths.get("/usr/bin/node"))) {
                env.put("PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node"); // faster than unpacking the bundled Node.js
            }
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                            "--no-first-run", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync"));
            Path chromium = chromiumExecutable();
            if (chromium != null) {
                options.setExecutablePath(chromium);
            }
            browser = playwright.chromium().launch(options);
        } catch (RuntimeException e) {
            // Not skipped here: an assumption in @BeforeAll makes Surefire/Failsafe report 0 tests.
            launchFailure = e;
            System.err.println("[browser tests] " + noBrowserMessage());
            closeBrowser();
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void requireBrowser() {
        if (browser != null) {
            return;
        }
        String message = noBrowserMessage();
        if ("1".equals(System.getenv("E2E_REQUIRE_BROWSER"))) {
            fail(message, launchFailure);
        }
        assumeTrue(false, message);
    }

    /**
     * Closes this test's browser contexts. Closing has hung once in CI (Playwright waited on Chromium for good, until
     * JUnit's six-minute limit failed a test that had passed): after {@link #CLOSE_LIMIT_MS} the browser is given up,
     * its processes killed, and a fresh one launched for the next test.
     */
    @AfterEach
    void closeContexts() {
        boolean closed = withinLimit(() -> contexts.forEach(BrowserContext::close));
        contexts.clear();
        if (!closed) {
            System.err.println("[browser tests] closing the browser contexts took over " + CLOSE_LIMIT_MS
                    + " ms; killing the browser and launching a new one");
            killBrowser();
            launchBrowser();
        }
    }

    /** Runs a Playwright call, interrupting it after {@link #CLOSE_LIMIT_MS}; false when it had to be interrupted. */
    private static boolean withinLimit(Runnable call) {
        Thread caller = Thread.currentThread();
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            fired.set(true);
            caller.interrupt();
        }, CLOSE_LIMIT_MS, TimeUnit.MILLISECONDS);
        try {
            call.run();
        } catch (RuntimeException e) {
            if (!fired.get()) {
                throw e;
            }
        } finally {
            alarm.cancel(false);
            Thread.interrupted(); // a late alarm must not interrupt what comes next
        }
        return !fired.get();
    }

    /** Kills the Playwright driver and the browsers under it: every process this JVM started that is not a Java one. */
    private static void killBrowser() {
        ProcessHandle.current().descendants()
                .filter(process -> !process.info().command().orElse("").endsWith("/java"))
                .forEach(ProcessHandle::destroyForcibly);
        Playwright abandoned = playwright;
        browser = null;
        playwright = null;
        if (abandoned != null) {
            withinLimit(() -> {
                try {
                    abandoned.close();
                } catch (RuntimeException gone) {
                    // its driver is dead: nothing left to close
                }
            });
        }
    }

    /** A page in a new browser context: a person with their own cookies and session. */
    protected Page newPerson() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
        context.setDefaultTimeout(ACTION_TIMEOUT_MS);
        contexts.add(context);
        return context.newPage();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Fills in and submits the sign-in form, whatever the outcome. */
    protected void submitSignIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    }

    /** Signs in and waits until the designs list is shown. */
    protected void signIn(Page page, String username, String password) {
        submitSignIn(page, username, password);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Designs").setExact(true)))
                .isVisible();
    }

    /** Opens the "Import" menu (designs list or editor header) and picks one of its items ("SQL dump"). */
    protected static void importFrom(Page page, String item) {
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
    }

    /** The "Import" menu, for checking who sees it. */
    protected static Locator importMenu(Page page) {
        return page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Import").setExact(true));
    }

    /** A button found by its accessible name, exactly (Playwright matches substrings by default). */
    protected static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    protected static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * A Vaadin grid found by its accessible name. The name sits on the grid's inner table (role treegrid) while the
     * cell contents are slotted into the {@code vaadin-grid} element, so text is searched in the element that has that table.
     */
    protected static Locator grid(Page page, String name) {
        return page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.TREEGRID, new Page.GetByRoleOptions().setName(name).setExact(true))));
    }

    /**
     * The cell of a grid whose whole text is {@code text}. (Playwright hands the pattern to JavaScript, which knows no
     * {@code \Q…\E} quoting, so special characters are escaped one by one.)
     */
    protected static Locator cell(Locator grid, String text) {
        String escaped = text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        return grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^\\s*" + escaped + "\\s*$")));
    }

    /**
     * Saves a full-page screenshot for people to look at and returns its path; and runs axe-core on the page, so every
     * view a browser test shows is also checked for serious or critical WCAG 2.1 A/AA violations.
     */
    protected static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        Accessibility.check(page, name);
        return file;
    }

    private static Path chromiumExecutable() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        Path debian = Paths.get("/usr/bin/chromium");
        return Files.isExecutable(debian) ? debian : null;
    }

    private static Path freshDataDirectory() {
        try {
            Path dir = Files.createTempDirectory("schemaboard-it-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a leftover temp directory is harmless
        }
    }

    private static String noBrowserMessage() {
        return "no Chromium found: install it with apt-get install chromium or set CHROMIUM_PATH ("
                + (launchFailure == null ? "not launched" : summary(launchFailure)) + ")";
    }

    /** Playwright's errors start with "Error {" and carry the reason on a {@code message='…'} line. */
    private static String summary(Throwable failure) {
        String text = String.valueOf(failure.getMessage());
        return text.lines().map(String::strip)
                .filter(line -> line.startsWith("message="))
                .map(line -> line.substring("message=".length()).replaceAll("^'|'$", ""))
                .findFirst()
                .orElse(text.lines().findFirst().orElse(failure.getClass().getName()));
    }
}
