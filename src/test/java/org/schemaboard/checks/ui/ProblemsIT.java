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
}
