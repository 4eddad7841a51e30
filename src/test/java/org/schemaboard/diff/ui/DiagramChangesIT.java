package org.schemaboard.diff.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.review.ReviewService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/** The diagram's "Show changes since vN": added boxes and changed boxes marked, removed entities named. */
class DiagramChangesIT extends BrowserTestBase {

    @Autowired
    DesignService designs;
    @Autowired
    EntityService entities;
    @Autowired
    DesignModelService models;
    @Autowired
    ReviewService reviews;
    @Autowired
    org.schemaboard.spec.SpecificationService specifications;
    @Autowired
    CurrentUser currentUser;

    @Test
    void alice_highlights_what_changed_since_v1_on_the_diagram() {
        UUID design = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("Diagram changes " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, null));
            designs.setMember(id, "rita", DesignRole.REVIEWER);
            for (String name : List.of("customers", "orders", "fax_log")) {
                UUID e = entities.createEntity(id, EntityDraft.named(name, EntityKind.CORE));
                entities.addAttribute(e, AttributeDraft.of("id", "BIGINT").asPrimaryKey());
            }
            specifications.save(id, 0, org.schemaboard.TestData.CRITIQUE); // required before a review request
            reviews.requestReview(id, List.of("rita"), "Ready");
            return id;
        });
        currentUser.runAs("rita", () -> reviews.approve(design, "ok"));
        currentUser.runAs("alice", () -> {
            var model = models.load(design);
            entities.addAttribute(model.entityNamed("orders").orElseThrow().id(),
                    AttributeDraft.of("placed_at", "TIMESTAMP"));
            var fax = model.entityNamed("fax_log").orElseThrow();
            entities.deleteEntity(fax.id(), fax.version());
            UUID shipments = entities.createEntity(design, EntityDraft.named("shipments", EntityKind.CORE));
            entities.addAttribute(shipments, AttributeDraft.of("id", "BIGINT").asPrimaryKey());
            return null;
        });

        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + design + "/diagram"));
        Locator svg = page.locator("svg.sb-erd");
        assertThat(svg.locator(".sb-box")).hasCount(3);
        assertThat(svg.locator(".sb-change-added, .sb-change-changed")).hasCount(0);

        page.getByLabel("Show changes since").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("v1").setExact(true)).click();

        assertThat(svg.locator(".sb-box[data-name=\"shipments\"]")).hasClass(Pattern.compile("sb-change-added"));
        assertThat(svg.locator(".sb-box[data-name=\"orders\"]")).hasClass(Pattern.compile("sb-change-changed"));
        assertThat(svg.locator(".sb-box[data-name=\"customers\"]")).not().hasClass(Pattern.compile("sb-change"));
        Locator legend = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Since v1"));
        assertThat(legend).containsText("1 added");
        assertThat(legend).containsText("1 changed");
        assertThat(legend).containsText("1 removed: fax_log");
        screenshot(page, "diagram-changes-since-v1");

        page.getByLabel("Show changes since").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Nothing").setExact(true)).click();
        assertThat(svg.locator(".sb-change-added, .sb-change-changed")).hasCount(0);
    }
}
