package org.schemaboard.checks.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.design.DesignService;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo design's problems in the browser: the count in the header, the Problems tab filtered by severity and rule,
 * a click that goes to the element, and the count changing live when someone else adds an entity without a key.
 * The added entity is deleted again, so the demo design is left as it was.
 */
class ProblemsIT extends BrowserTestBase {

    @Autowired
    DesignService designs;
    @Autowired
    DesignModelService models;
    @Autowired
    EntityService entities;
    @Autowired
    CurrentUser currentUser;

    @Test
    void alice_filters_the_demo_designs_problems_and_sees_the_count_change_when_bob_adds_an_entity() {
        UUID designId = currentUser.runAs("alice", () -> designs.listMine().stream()
                .filter(d -> d.name().equals("E-commerce platform")).findFirst().orElseThrow().id());
        Page alice = newPerson();
        UUID scratch = null;
        try {
            signIn(alice, "alice", "demo");
            alice.navigate(url("/designs/" + designId + "/problems"));
            Locator count = alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Problems: 2 errors · 7 warnings"));
            assertThat(count).isVisible();
            Locator problems = grid(alice, "Problems");
            assertThat(cell(problems, "partition-key-in-unique").first()).isVisible();
            assertThat(cell(problems, "index-unused").first()).isVisible();

            alice.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true)).click();
            alice.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Error").setExact(true)).click();
            Locator summary = alice.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Problems found"));
            assertThat(summary).hasText("2 errors · 7 warnings; showing 2 of 17");
            screenshot(alice, "problems-errors");

            Locator rule = alice.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Rule"));
            rule.fill("fk-without-index");
            alice.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("fk-without-index")).click();
            assertThat(summary).hasText("2 errors · 7 warnings; showing 0 of 17");
            alice.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true)).click();
            alice.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Warning").setExact(true)).click();
            assertThat(summary).hasText("2 errors · 7 warnings; showing 1 of 17");

            // someone else edits: an entity without a primary key is one more error, for everyone, at once
            scratch = currentUser.runAs("bob", () -> {
                UUID id = entities.createEntity(designId, EntityDraft.named("scratch_notes", EntityKind.CORE));
                entities.addAttribute(id, AttributeDraft.of("note", "TEXT"));
                return id;
            });
            assertThat(alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Problems: 3 errors · 7 warnings"))).isVisible();
            assertThat(summary).containsText("3 errors · 7 warnings");
            alice.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Rule"))
                    .fill("entity-without-primary-key");
            alice.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("entity-without-primary-key"))
                    .click();
            alice.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true)).click();
            alice.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All severities").setExact(true))
                    .click();
            assertThat(summary).hasText("3 errors · 7 warnings; showing 1 of 19");
            screenshot(alice, "problems-after-edit");

            // the click goes to the element
            cell(problems, "scratch_notes").click();
            assertThat(alice).hasURL(java.util.regex.Pattern.compile(".*/entities\\?entity=" + scratch + "$"));
            // the entity list marks the entity with its problems: an error badge, the messages as tooltip
            Locator marker = grid(alice, "Entities").locator(".sb-problem-marker[title*='scratch_notes']");
            assertThat(marker).hasAttribute("aria-label", java.util.regex.Pattern.compile(".*worst error"));
            screenshot(alice, "entities-markers");
        } catch (RuntimeException | AssertionError e) {
            screenshot(alice, "problems-failure");
            throw e;
        } finally {
            UUID id = scratch;
            if (id != null) {
                currentUser.runAs("bob", () -> {
                    entities.deleteEntity(id, models.load(designId).entity(id).orElseThrow().version());
                    return null;
                });
            }
        }
    }

    /**
     * A suppression with its reason, in the browser: refused without a reason, then the count drops by one and the
     * Suppressed list names it; lifting it brings the problem back. On the way, the Query coverage tab and the diagram's
     * problem markers are looked at (screenshots, which also run the accessibility check).
     */
    @Test
    void alice_suppresses_a_rule_on_one_entity_with_a_reason_and_lifts_it_again() {
        UUID designId = currentUser.runAs("alice", () -> designs.listMine().stream()
                .filter(d -> d.name().equals("E-commerce platform")).findFirst().orElseThrow().id());
        UUID scratch = currentUser.runAs("bob", () -> {
            UUID id = entities.createEntity(designId, EntityDraft.named("staging_rows", EntityKind.CORE));
            entities.addAttribute(id, AttributeDraft.of("payload", "TEXT"));
            return id;
        });
        Page alice = newPerson();
        try {
            signIn(alice, "alice", "demo");
            alice.navigate(url("/designs/" + designId + "/problems"));
            Locator withScratch = alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(java.util.regex.Pattern.compile("^Problems: 3 errors")));
            assertThat(withScratch).isVisible();

            alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Suppress entity-without-primary-key on staging_rows")).click();
            Locator dialog = alice.getByRole(AriaRole.DIALOG);
            assertThat(dialog).containsText("Suppress entity-without-primary-key on staging_rows");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Suppress").setExact(true))
                    .click();
            // no reason: refused, the dialog stays and says what is missing
            assertThat(dialog.getByText(java.util.regex.Pattern.compile("Say why the rule does not apply here")))
                    .isVisible();
            screenshot(alice, "problems-suppress-no-reason");
            dialog.getByLabel("Reason").fill("A staging table loaded in bulk and truncated daily; no key by design.");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Suppress").setExact(true))
                    .click();
            assertThat(dialog).isHidden();
            assertThat(alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(java.util.regex.Pattern.compile("^Problems: 2 errors")))).isVisible();
            Locator suppressed = alice.getByRole(AriaRole.LIST, new Page.GetByRoleOptions()
                    .setName("Suppressed problems"));
            assertThat(suppressed).containsText("entity-without-primary-key on staging_rows — A staging table");
            screenshot(alice, "problems-suppressed");

            suppressed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Lift entity-without-primary-key on staging_rows")).click();
            assertThat(withScratch).isVisible();

            // the planner's evidence per query pattern, and the diagram's markers on the boxes
            alice.navigate(url("/designs/" + designId + "/coverage"));
            assertThat(grid(alice, "Query coverage")).isVisible();
            assertThat(alice.getByLabel("Coverage status")).not().isEmpty();
            screenshot(alice, "coverage");
            alice.navigate(url("/designs/" + designId + "/diagram"));
            assertThat(alice.locator(".sb-diagram-canvas svg").first()).isVisible();
            screenshot(alice, "diagram-markers");
        } catch (RuntimeException | AssertionError e) {
            screenshot(alice, "suppress-failure");
            throw e;
        } finally {
            currentUser.runAs("bob", () -> {
                entities.deleteEntity(scratch, models.load(designId).entity(scratch).orElseThrow().version());
                return null;
            });
        }
    }
}
