package org.schemaboard.finder.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemaboard.Accessibility;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/** Ctrl+K finds an element of the open design and goes there; "?" lists the shortcuts; Esc closes both. */
class FinderIT extends BrowserTestBase {

    @Autowired
    DesignService designs;
    @Autowired
    EntityService entities;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    org.schemaboard.model.nosql.NoSqlService nosql;

    @Test
    void ctrl_k_finds_an_entity_by_a_few_letters_and_enter_goes_there() {
        UUID[] ids = currentUser.runAs("alice", () -> {
            UUID design = designs.create(new DesignDraft("Finder " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, null));
            entities.createEntity(design, EntityDraft.named("customer", EntityKind.CORE));
            UUID line = entities.createEntity(design, EntityDraft.named("invoice_line", EntityKind.CORE));
            UUID sessions = nosql.create(design, new org.schemaboard.model.nosql.NoSqlDraft("user sessions",
                    new org.schemaboard.model.nosql.RedisKeyPattern("session:{id}", "hash", 1800, null,
                            "volatile-lru", null, null)));
            return new UUID[] {design, line, sessions};
        });
        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + ids[0] + "/history"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find (Ctrl+K)")))
                .isVisible();

        page.keyboard().press("Control+k");
        Locator find = page.getByLabel("Find in this design");
        assertThat(find).isFocused();
        find.pressSequentially("invln");
        Locator options = page.getByRole(AriaRole.OPTION);
        assertThat(options.first()).containsText("invoice_line");
        assertThat(options.first()).hasAttribute("aria-selected", "true");
        screenshot(page, "finder");
        Accessibility.check(page, "the finder");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/designs/" + ids[0] + "/entities\\?entity=" + ids[1] + "$"));
        assertThat(find).isHidden();

        page.keyboard().press("Control+k");
        find.pressSequentially("histo");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowUp");
        assertThat(options.first()).hasAttribute("aria-selected", "true");
        page.keyboard().press("Escape");
        assertThat(find).isHidden();
        assertThat(page).hasURL(Pattern.compile(".*/entities\\?entity=.*"));

        // the NoSQL elements are found too, and open on the NoSQL tab
        page.keyboard().press("Control+k");
        find.pressSequentially("sessions");
        assertThat(options.first()).containsText("user sessions");
        assertThat(options.first()).containsText("Redis key pattern");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/designs/" + ids[0] + "/nosql\\?element=" + ids[2] + "$"));
    }

    @Test
    void question_mark_shows_the_shortcuts_and_escape_closes_them() {
        String name = "Keys " + UUID.randomUUID().toString().substring(0, 6);
        UUID design = currentUser.runAs("alice", () -> designs.create(new DesignDraft(name,
                TargetDatabase.POSTGRESQL, null)));
        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/"));
        assertThat(page.getByText(name).first()).isVisible();
        Accessibility.check(page, "the list of designs");
        page.navigate(url("/designs/" + design + "/entities"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find (Ctrl+K)")))
                .isVisible();
        page.keyboard().press("Shift+Slash");
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Keyboard shortcuts"));
        assertThat(dialog).isVisible();
        assertThat(dialog).containsText("Ctrl+K");
        screenshot(page, "shortcuts");
        Accessibility.check(page, "the shortcuts dialog");
        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
    }
}
