package org.schemaboard.editor.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/** Undo and redo with two people in one design: mine only, never over theirs without asking. */
class UndoIT extends BrowserTestBase {

    @Autowired
    DesignService designs;
    @Autowired
    EntityService entities;
    @Autowired
    DesignModelService models;
    @Autowired
    CurrentUser currentUser;

    UUID designId;

    @Test
    void alices_undo_leaves_bobs_change_alone_and_asks_before_undoing_over_his_later_edit() {
        designId = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("Undo " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, null));
            designs.setMember(id, "bob", DesignRole.EDITOR);
            UUID customers = entities.createEntity(id, EntityDraft.named("customers", EntityKind.CORE));
            entities.addAttribute(customers, AttributeDraft.of("id", "UUID").asPrimaryKey());
            entities.addAttribute(customers, AttributeDraft.of("email", "TEXT"));
            return id;
        });
        Page alice = newPerson();
        signIn(alice, "alice", "demo");
        Page bob = newPerson();
        signIn(bob, "bob", "demo");
        for (Page page : new Page[] {alice, bob}) {
            page.navigate(url("/designs/" + designId + "/entities"));
            cell(grid(page, "Entities"), "customers").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("customers")
                    .setExact(true))).isVisible();
        }

        describe(alice, "email", "Where receipts go");
        describe(bob, "id", "Surrogate key");
        assertThat(cell(grid(alice, "Attributes of customers"), "Surrogate key")).isVisible();

        // Ctrl+Z outside a text field undoes alice's own last step, not bob's later one
        alice.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("customers").setExact(true)).click();
        alice.keyboard().press("Control+z");
        assertThat(alice.getByText("Undone: changed attribute customers.email")).isVisible();
        assertThat(description("email")).isNull();
        assertThat(description("id")).isEqualTo("Surrogate key");
        assertThat(cell(grid(bob, "Attributes of customers"), "Where receipts go")).isHidden();

        // the Redo button does it again, and both see it
        alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Redo: changed attribute customers.email"))).click();
        assertThat(cell(grid(bob, "Attributes of customers"), "Where receipts go")).isVisible();
        assertThat(description("email")).isEqualTo("Where receipts go");
        screenshot(alice, "undo-header");

        // bob changes the same field since: alice's undo asks instead of overwriting
        describe(bob, "email", "Login name");
        assertThat(cell(grid(alice, "Attributes of customers"), "Login name")).isVisible();
        alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Undo: "))).click();
        Locator conflict = alice.getByRole(AriaRole.DIALOG,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Changed by Bob")));
        assertThat(conflict).isVisible();
        assertThat(conflict.getByText("Login name")).isVisible();
        screenshot(alice, "undo-conflict");
        button(conflict, "Take theirs").click();
        assertThat(conflict).isHidden();
        assertThat(description("email")).isEqualTo("Login name");
    }

    private void describe(Page page, String attribute, String text) {
        button(page, "Edit " + attribute).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Description").fill(text);
        button(dialog, "Save attribute").click();
        assertThat(dialog).isHidden();
    }

    private String description(String attribute) {
        return currentUser.runAs("alice", () -> models.load(designId)).entityNamed("customers").orElseThrow()
                .attributeNamed(attribute).orElseThrow().description();
    }
}
