package org.schemaboard.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;

/**
 * A team server: two app nodes on one PostgreSQL database, alice in a browser on node A, bob on node B. Bob sees
 * alice's change, her presence and her mention of him without reloading; then node A dies without a goodbye, alice's
 * presence goes when it expires, and bob goes on working on node B. Each run makes a database of its own on the server
 * {@code SCHEMABOARD_TEST_PG_URL} names (CI starts one) and drops it at the end.
 */
class TwoNodesIT extends BrowserTestBase {

    private static final String SERVER = System.getenv("SCHEMABOARD_TEST_PG_URL");
    private static final String DATABASE = "sb_two_nodes_it";
    private static final String DEMO_DESIGN = "E-commerce platform";
    /**
     * A dead node's presence lasts until its last heartbeat expires and the next 5 s sweep sees it (25 s at most),
     * then the push to bob's page: 5 s more for that on a loaded machine.
     */
    private static final long GHOST_LIMIT_MS = PostgresNodeLink.PRESENCE_TTL_MS + PostgresNodeLink.HEARTBEAT_MS
            + 5_000 + 5_000;

    private AppNode nodeA;
    private AppNode nodeB;
    private CompletableFuture<AppNode> startingB;

    @BeforeEach
    void requirePostgres() {
        if (SERVER != null && !SERVER.isBlank()) {
            return;
        }
        String message = "no PostgreSQL for the two-node test: set SCHEMABOARD_TEST_PG_URL to a server where a "
                + "database may be created (jdbc:postgresql://localhost:5432/postgres?user=postgres); .ci/run starts one";
        if ("1".equals(System.getenv("E2E_REQUIRE_BROWSER"))) {
            fail(message);
        }
        assumeTrue(false, message);
    }

    @AfterEach
    void stopNodes() {
        if (nodeB == null && startingB != null) {
            try {
                nodeB = startingB.join(); // a node still starting cannot be interrupted: it is stopped once up
            } catch (RuntimeException notStarted) {
                // nothing to stop
            }
        }
        for (AppNode node : new AppNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        AppNode.dropDatabase(SERVER, DATABASE);
    }

    @Test
    void bob_on_node_b_sees_alice_on_node_a_live_and_keeps_working_when_node_a_dies() throws Exception {
        String database = AppNode.freshDatabase(SERVER, DATABASE);
        nodeA = AppNode.start(database); // creates the schema and the demo
        startingB = CompletableFuture.supplyAsync(() -> AppNode.start(database));
        DesignSummary demo = nodeA.as("alice", () -> nodeA.bean(DesignService.class).listMine().stream()
                .filter(d -> d.name().equals(DEMO_DESIGN)).findFirst().orElseThrow());
        UUID users = nodeA.as("alice", () -> nodeA.bean(DesignModelService.class).load(demo.id()))
                .entityNamed("users").orElseThrow().id();
        String entityPath = "/designs/" + demo.id() + "/entities?entity=" + users;
        // both nodes up before the browsers come: a node starting beside a first page load on a loaded machine
        // made that page miss its time limit
        nodeB = startingB.get(10, TimeUnit.MINUTES);

        Page alice = newPerson();
        signInOn(nodeA, alice, "alice");
        openUsers(alice, nodeA.url(entityPath));
        Page bob = newPerson();
        signInOn(nodeB, bob, "bob");
        openUsers(bob, nodeB.url(entityPath));
        assertThat(button(bob, "Notifications")).isVisible();

        // presence: bob, on node B, sees alice, who is on node A, among the people in the design (the group shows
        // the others only: it is there because of alice)
        assertThat(bob.locator("vaadin-avatar-group.sb-here")).isVisible();

        // a change alice commits on node A shows in bob's page on node B
        addAttribute(alice, "loyalty_tier");
        assertThat(cell(grid(bob, "Attributes of users"), "loyalty_tier")).isVisible();

        // alice mentions bob in a comment: his bell on node B rings
        assertThat(cell(grid(alice, "Attributes of users"), "loyalty_tier")).isVisible(); // her grid, redrawn
        Locator thread = alice.getByRole(AriaRole.DIALOG);
        openCommentsOnEmail(alice, thread);
        thread.getByLabel("New comment").fill("@bob should this be unique per tenant?");
        button(thread, "Comment").click();
        assertThat(thread.getByText("should this be unique per tenant?")).isVisible();
        button(thread, "Close").click();
        Locator bobsBell = button(bob, "Notifications (1 unread)");
        assertThat(bobsBell).isVisible();
        assertThat(button(bob, "Comments on attribute users.email (1 open)")).isVisible();
        bobsBell.click();
        assertThat(bob.getByText("Alice Moreau mentioned you on attribute users.email")).isVisible();
        screenshot(bob, "two-nodes-bob-on-b-sees-alice-on-a");
        bob.keyboard().press("Escape");

        // node A dies (no goodbye: its LISTEN connection, pool and web server just go): alice's presence leaves
        // bob's page once its last heartbeat expires (GHOST_LIMIT_MS); and bob's edit on node B is saved
        long died = System.nanoTime();
        nodeA.kill();
        assertThat(bob.locator("vaadin-avatar-group.sb-here"))
                .isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(GHOST_LIMIT_MS + 10_000));
        long ghostMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - died);
        System.out.println("[two nodes] alice's presence left bob's page " + ghostMs + " ms after node A died");
        assertThat(ghostMs).as("ms until a dead node's presence is gone").isLessThan(GHOST_LIMIT_MS);
        addAttribute(bob, "referral_code");
        assertThat(cell(grid(bob, "Attributes of users"), "referral_code")).isVisible();
        DesignModel saved = nodeB.as("bob", () -> nodeB.bean(DesignModelService.class).load(demo.id()));
        assertThat(saved.entityNamed("users").orElseThrow().attributeNamed("referral_code")).isPresent();
        assertThat(saved.entityNamed("users").orElseThrow().attributeNamed("loyalty_tier")).isPresent();
        screenshot(bob, "two-nodes-bob-works-on-after-a-stopped");
    }

    /**
     * Alice's page on node A is wider than the window (the owner's editor header overflows at 1280 px), so the click
     * comes after a sideways and a downward scroll; in 2 of 5 runs here (2026-12-04) the first click opened no dialog
     * and a second one did (cause not found). The click is made again once, logged with a screenshot, rather than
     * failing the test; a second miss fails it.
     */
    private static void openCommentsOnEmail(Page page, Locator thread) {
        Locator comments = button(page, "Comments on attribute users.email");
        comments.click();
        try {
            assertThat(thread).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(8_000));
        } catch (AssertionError noDialog) {
            System.out.println("[two nodes] the first click on alice's comment button opened no dialog; clicked again");
            screenshot(page, "two-nodes-alice-click-without-dialog");
            comments.click();
        }
    }

    private void signInOn(AppNode node, Page page, String username) {
        page.navigate(node.url("/login"));
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo");
        button(page, "Sign in").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Designs").setExact(true)))
                .isVisible();
    }

    private static void openUsers(Page page, String url) {
        page.navigate(url);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("users").setExact(true)))
                .isVisible();
    }

    private static void addAttribute(Page page, String name) {
        button(page, "Add attribute").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
        Locator type = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Data type"));
        type.fill("TEXT");
        type.press("Enter");
        button(dialog, "Add attribute").click();
        assertThat(dialog).isHidden();
    }
}
