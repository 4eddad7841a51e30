package org.schemaboard.diagram.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.diagram.CrowsFoot;
import org.schemaboard.diagram.DiagramService;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/** The diagram section: the demo design drawn whole, arranging shared live, subject areas, downloads. */
class DiagramIT extends BrowserTestBase {

    @Autowired
    DesignService designs;
    @Autowired
    EntityService entities;
    @Autowired
    RelationshipService relationships;
    @Autowired
    DesignModelService models;
    @Autowired
    DiagramService diagrams;
    @Autowired
    CurrentUser currentUser;

    @Test
    void the_demo_diagram_shows_every_entity_and_relationship_with_its_cardinality() {
        DesignModel demo = currentUser.runAs("alice", () -> models.load(designs.listMine().stream()
                .filter(d -> d.name().equals("E-commerce platform")).findFirst().map(DesignSummary::id)
                .orElseThrow()));
        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + demo.designId() + "/diagram"));
        Locator svg = page.locator(".sb-diagram-canvas svg.sb-erd");
        assertThat(svg).isVisible();
        assertThat(svg.locator(".sb-box")).hasCount(demo.entities().size());
        demo.entities().forEach(e -> assertThat(svg.locator(".sb-box[data-name=\"" + e.name() + "\"]")).hasCount(1));
        assertThat(svg.locator(".sb-edges .sb-rel")).hasCount(demo.relationships().size());
        for (Relationship r : demo.relationships()) {
            Locator line = svg.locator(".sb-rel[data-id=\"" + r.id() + "\"]");
            assertThat(line).hasAttribute("data-cardinality", r.cardinality().label());
            assertThat(line).hasAttribute("data-from-end", CrowsFoot.fromEnd(demo, r).notation());
            assertThat(line).hasAttribute("data-to-end", CrowsFoot.toEnd(r).notation());
        }
        screenshot(page, "diagram-demo");

        // hovering a box highlights its relationships; clicking its name opens it in the editor
        Locator users = svg.locator(".sb-box[data-name=\"users\"]");
        users.locator("rect.frame").hover();
        assertThat(svg.locator(".sb-rel.hl").first()).isAttached();
        users.locator("text.name").click();
        page.waitForURL(u -> u.contains("/entities?entity="));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("users").setExact(true)))
                .isVisible();
    }

    @Test
    void a_dragged_box_stays_put_across_reload_and_moves_in_a_colleagues_open_diagram() {
        UUID designId = smallDesign();
        Page alice = newPerson();
        signIn(alice, "alice", "demo");
        Page bob = newPerson();
        signIn(bob, "bob", "demo");
        for (Page page : List.of(alice, bob)) {
            page.navigate(url("/designs/" + designId + "/diagram"));
            assertThat(page.locator("svg.sb-erd .sb-box")).hasCount(3);
        }
        Locator orders = alice.locator("svg.sb-erd .sb-box[data-name=\"orders\"]");
        String before = orders.getAttribute("transform");
        BoundingBox box = orders.locator("rect.frame").boundingBox();
        alice.mouse().move(box.x + box.width / 2, box.y + box.height - 6);
        alice.mouse().down();
        alice.mouse().move(box.x + box.width / 2 + 60, box.y + box.height + 140, new com.microsoft.playwright.Mouse
                .MoveOptions().setSteps(12));
        alice.mouse().up();
        // the server saves and redraws: the new place comes back in the redrawn picture, for both
        Locator bobsOrders = bob.locator("svg.sb-erd .sb-box[data-name=\"orders\"]");
        assertThat(bobsOrders).not().hasAttribute("transform", before);
        String after = orders.getAttribute("transform");
        assertThat(after).isNotEqualTo(before);
        assertThat(bobsOrders).hasAttribute("transform", after);
        alice.reload();
        assertThat(alice.locator("svg.sb-erd .sb-box[data-name=\"orders\"]")).hasAttribute("transform", after);
        screenshot(bob, "diagram-moved-live");
    }

    @Test
    void a_subject_area_shows_only_its_entities_and_grows_by_neighbours() {
        UUID designId = smallDesign();
        currentUser.runAs("alice", () -> {
            DesignModel model = models.load(designId);
            return diagrams.createArea(designId, "Customers only",
                    List.of(model.entityNamed("customer").orElseThrow().id()));
        });
        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + designId + "/diagram"));
        assertThat(page.locator("svg.sb-erd .sb-box")).hasCount(3);
        page.getByLabel("View", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Customers only (1)")).click();
        Locator boxes = page.locator("svg.sb-erd .sb-box");
        assertThat(boxes).hasCount(1);
        assertThat(boxes.first()).hasAttribute("data-name", "customer");

        boxes.first().locator("rect.frame").click(new Locator.ClickOptions().setPosition(20, 50));
        button(page, "Add neighbours of customer").click();
        assertThat(boxes).hasCount(2);
        assertThat(page.locator("svg.sb-erd .sb-box[data-name=\"orders\"]")).hasCount(1);
        assertThat(page.locator("svg.sb-erd .sb-box[data-name=\"product\"]")).hasCount(0);
    }

    @Test
    void the_current_view_downloads_as_svg_and_png() throws Exception {
        UUID designId = smallDesign();
        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + designId + "/diagram"));
        assertThat(page.locator("svg.sb-erd .sb-box")).hasCount(3);

        Download svg = page.waitForDownload(() -> page.getByLabel("Download SVG").click());
        assertThat(svg.suggestedFilename()).endsWith(".svg");
        String text = Files.readString(svg.path());
        assertThat(text).startsWith("<svg").contains("data-name=\"orders\"").contains("data-cardinality=\"1:N\"");

        Download png = page.waitForDownload(() -> page.getByLabel("Download PNG").click());
        assertThat(png.suggestedFilename()).endsWith(".png");
        byte[] bytes = Files.readAllBytes(png.path());
        assertThat(bytes.length).isGreaterThan(5_000);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    /** customer 1:N orders, product alone; alice owns it, bob edits. */
    private UUID smallDesign() {
        return currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("Diagram " + UUID.randomUUID().toString().substring(0, 8),
                    TargetDatabase.POSTGRESQL, null));
            designs.setMember(id, "bob", DesignRole.EDITOR);
            UUID customer = entities.createEntity(id, EntityDraft.named("customer", EntityKind.CORE));
            UUID customerId = entities.addAttribute(customer, AttributeDraft.of("id", "UUID").asPrimaryKey());
            entities.addAttribute(customer, AttributeDraft.of("email", "TEXT"));
            UUID orders = entities.createEntity(id, EntityDraft.named("orders", EntityKind.CORE));
            entities.addAttribute(orders, AttributeDraft.of("id", "UUID").asPrimaryKey());
            UUID fk = entities.addAttribute(orders, AttributeDraft.of("customer_id", "UUID"));
            UUID product = entities.createEntity(id, EntityDraft.named("product", EntityKind.CORE));
            entities.addAttribute(product, AttributeDraft.of("id", "UUID").asPrimaryKey());
            relationships.create(id, new RelationshipDraft(customer, orders, Cardinality.ONE_TO_MANY,
                    List.of(new Relationship.ColumnPair(customerId, fk)), ReferentialAction.NO_ACTION,
                    ReferentialAction.NO_ACTION, "places", false, null, null, null, null));
            return id;
        });
    }
}
