package org.schemaboard.design.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;

class DesignsIT extends BrowserTestBase {

    private static final String DEMO_DESIGN = "E-commerce platform";

    @Test
    void alice_creates_opens_renames_and_deletes_a_design_then_signs_out() {
        Page page = newPerson();
        signIn(page, "alice", "demo");
        assertThat(button(page, "Open " + DEMO_DESIGN)).isVisible();
        screenshot(page, "designs");

        // create: the new design opens in the editor
        button(page, "New design").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByLabel("Target database", new Locator.GetByLabelOptions().setExact(true))).isVisible();
        nameField(dialog).fill("Warehouse");
        dialog.getByLabel("Description", new Locator.GetByLabelOptions().setExact(true))
                .fill("Stock levels per location");
        button(dialog, "Create").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Warehouse").setExact(true)
                .setLevel(1))).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/designs/[0-9a-f-]{36}$"));
        screenshot(page, "design-editor");

        // back to the list: it is listed
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All designs")).click();
        assertThat(button(page, "Open Warehouse")).isVisible();

        // rename
        button(page, "Rename Warehouse").click();
        dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(nameField(dialog)).hasValue("Warehouse");
        nameField(dialog).fill("Warehouse inventory");
        button(dialog, "Save").click();
        assertThat(button(page, "Open Warehouse inventory")).isVisible();
        assertThat(button(page, "Open Warehouse")).isHidden();

        // a name another design has (ignoring case and spaces) is refused beside the field
        button(page, "New design").click();
        dialog = page.getByRole(AriaRole.DIALOG);
        nameField(dialog).fill("  e-commerce PLATFORM ");
        button(dialog, "Create").click();
        assertThat(dialog.getByText("already exists; choose another name")).isVisible();
        assertThat(nameField(dialog)).hasAttribute("aria-invalid", "true");
        screenshot(page, "design-duplicate-name");
        button(dialog, "Cancel").click();
        assertThat(dialog).isHidden();

        // delete through the confirm dialog
        button(page, "Delete Warehouse inventory").click();
        button(page, "Delete design").click();
        assertThat(button(page, "Open Warehouse inventory")).isHidden();
        assertThat(button(page, "Open " + DEMO_DESIGN)).isVisible();

        // sign out
        page.getByLabel("Account of Alice Moreau").getByRole(AriaRole.MENUITEM).first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/login(\\?.*)?$"));
    }

    @Test
    void a_viewer_can_open_the_demo_design_but_not_rename_or_delete_it() {
        Page page = newPerson();
        signIn(page, "vic", "demo");

        assertThat(button(page, "Open " + DEMO_DESIGN)).isEnabled();
        assertThat(button(page, "Rename " + DEMO_DESIGN)).isDisabled();
        assertThat(button(page, "Delete " + DEMO_DESIGN)).isDisabled();
        screenshot(page, "designs-viewer");
    }

    @Test
    void an_editor_can_rename_the_demo_design_but_not_delete_it() {
        Page page = newPerson();
        signIn(page, "bob", "demo");

        assertThat(button(page, "Rename " + DEMO_DESIGN)).isEnabled();
        assertThat(button(page, "Delete " + DEMO_DESIGN)).isDisabled();
    }

    private static Locator nameField(Locator dialog) {
        return dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true));
    }
}
