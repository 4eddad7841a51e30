package org.schemaboard.editor.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.review.CommentService;
import org.schemaboard.review.ElementRef;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people in one design: live changes, presence, and a conflict that loses nothing. */
class CollaborationIT extends BrowserTestBase {

    @Autowired
    private CommentService comments;
    @Autowired
    DesignService designs;
    @Autowired
    EntityService entities;
    @Autowired
    DesignModelService models;
    @Autowired
    CurrentUser currentUser;

    @Test
    void bob_sees_alices_changes_and_presence_live_and_a_same_field_conflict_offers_a_choice() {
        UUID designId = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("Live collaboration on the customer accounts " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, null));
            designs.setMember(id, "bob", DesignRole.EDITOR);
            UUID customers = entities.createEntity(id, EntityDraft.named("customers", EntityKind.CORE));
            entities.addAttribute(customers, AttributeDraft.of("id", "UUID").asPrimaryKey());
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

        // presence: each sees the other
        assertThat(bob.locator("vaadin-avatar-group.sb-here")).isVisible();
        assertThat(alice.locator("vaadin-avatar-group.sb-here")).isVisible();
        // the owner's header (badges, problems, the others present, undo, Import, Export) fits the window: it wraps
        // rather than making the page scroll sideways
        org.assertj.core.api.Assertions.assertThat((Boolean) alice.evaluate(
                "document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();

        // bob starts typing in the entity form; alice adds an attribute; bob sees it without reloading, input kept
        bob.getByLabel("Purpose").fill("People who buy");
        button(alice, "Add attribute").click();
        Locator dialog = alice.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("email");
        Locator type = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Data type"));
        type.fill("TEXT");
        type.press("Enter");
        button(dialog, "Add attribute").click();
        Locator bobsAttributes = grid(bob, "Attributes of customers");
        assertThat(cell(bobsAttributes, "email")).isVisible();
        assertThat(bob.getByLabel("Purpose")).hasValue("People who buy");
        screenshot(bob, "collab-live-change");

        // both edit the same attribute's description: the second save gets the choice, nothing is lost
        button(alice, "Edit email").click();
        button(bob, "Edit email").click();
        Locator aliceDialog = alice.getByRole(AriaRole.DIALOG);
        Locator bobDialog = bob.getByRole(AriaRole.DIALOG);
        aliceDialog.getByLabel("Description").fill("Where receipts go");
        bobDialog.getByLabel("Description").fill("Login name");
        button(aliceDialog, "Save attribute").click();
        assertThat(aliceDialog).isHidden();
        button(bobDialog, "Save attribute").click();
        Locator conflict = bob.getByRole(AriaRole.DIALOG,
                new Page.GetByRoleOptions().setName("Changed by Alice Moreau while you were editing"));
        assertThat(conflict).isVisible();
        assertThat(conflict.getByText("Where receipts go")).isVisible();
        assertThat(conflict.getByText("Login name")).isVisible();
        screenshot(bob, "collab-conflict");
        button(conflict, "Apply mine on top").click();
        assertThat(bobDialog).isHidden();

        Attribute email = currentUser.runAs("alice", () -> models.load(designId)).entityNamed("customers")
                .orElseThrow().attributeNamed("email").orElseThrow();
        assertThat(email.description()).isEqualTo("Login name");
        assertThat(currentUser.runAs("alice", () -> models.history(designId, email.id(), null, 10)))
                .extracting(r -> r.actor()).contains("alice", "bob");

        // the entity list shows who looks at which entity; a thread alice starts shows its count in bob's attribute row
        assertThat(grid(bob, "Entities").locator("vaadin-avatar[name='Alice Moreau']")).isVisible();
        currentUser.runAs("alice", () -> comments.startThread(designId,
                ElementRef.of("ATTRIBUTE", email.id(), "customers.email"), "Is this unique?", false));
        assertThat(button(bob, "Comments on attribute customers.email (1 open)")).isVisible();

        // alice leaves: bob no longer sees her
        alice.context().close();
        assertThat(bob.locator("vaadin-avatar-group.sb-here")).isHidden(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsHiddenOptions().setTimeout(45_000));
    }
}
