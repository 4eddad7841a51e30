package org.schemaboard.editor.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemaboard.Accessibility;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every section of the editor is reachable without scrolling the tabs at 1280×800 (a laptop) and still reachable at
 * 390×844 (a phone); the header's buttons stay on the design's line. The sections come from the application itself,
 * so a section added later is checked too.
 */
class EditorNavigationIT extends BrowserTestBase {

    @Autowired
    List<EditorSection> sections;
    @Autowired
    DesignService designs;
    @Autowired
    CurrentUser currentUser;

    private UUID design() {
        return currentUser.runAs("alice", () -> designs.create(new DesignDraft("Navigation "
                + UUID.randomUUID().toString().substring(0, 6), TargetDatabase.POSTGRESQL, null)));
    }

    private static Locator tab(Page page, String barLabel, String name) {
        return page.getByRole(AriaRole.TABLIST, new Page.GetByRoleOptions().setName(barLabel))
                .getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void at_1280_by_800_every_section_is_in_view_and_one_or_two_clicks_away() {
        UUID design = design();
        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + design + "/entities"));
        assertThat(tab(page, "Design sections", "Entities")).isVisible();

        BoundingBox title = page.locator(".sb-editor-header h1").boundingBox();
        BoundingBox export = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Export specification")).boundingBox();
        assertThat(Math.abs(export.y + export.height / 2 - (title.y + title.height / 2)))
                .as("the header's buttons are on the design's line, not wrapped below it").isLessThan(title.height);

        for (EditorSection section : sections) {
            tab(page, "Section groups", section.group().label()).click();
            Locator sectionTab = tab(page, "Design sections", section.label());
            assertThat(sectionTab).isVisible();
            BoundingBox box = sectionTab.boundingBox();
            assertThat(box.x).as(section.label()).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as(section.label() + " is within the window, not behind a scroll arrow")
                    .isLessThanOrEqualTo(1280);
            sectionTab.click();
            assertThat(page).hasURL(Pattern.compile(".*/designs/" + design + "/" + section.key() + "$"));
            assertThat(tab(page, "Design sections", section.label())).hasAttribute("aria-selected", "true");
            Accessibility.check(page, "the " + section.label() + " section");
        }
        screenshot(page, "editor-sections-1280");
    }

    @Test
    void on_a_phone_every_section_can_still_be_reached() {
        UUID design = design();
        Page page = newPerson();
        page.setViewportSize(390, 844);
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + design + "/history")); // so that each group below is a change of group
        for (EditorSection.Group group : EditorSection.Group.values()) {
            tab(page, "Section groups", group.label()).click();
            List<EditorSection> inGroup = sections.stream().filter(s -> s.group() == group)
                    .sorted(Comparator.comparingInt(EditorSection::order)).toList();
            assertThat(page).hasURL(Pattern.compile(".*/designs/" + design + "/" + inGroup.get(0).key() + "$"));
            // the group's own bar has replaced the last one
            assertThat(tab(page, "Section groups", group.label())).hasAttribute("aria-selected", "true");
            assertThat(tab(page, "Design sections", inGroup.get(0).label())).hasAttribute("aria-selected", "true");
            for (EditorSection section : inGroup) {
                Locator sectionTab = tab(page, "Design sections", section.label());
                sectionTab.scrollIntoViewIfNeeded();
                BoundingBox box = sectionTab.boundingBox();
                assertThat(box.x).as(section.label()).isGreaterThanOrEqualTo(0);
                assertThat(box.x + box.width).as(section.label() + " can be brought into the window")
                        .isLessThanOrEqualTo(390);
            }
        }
        List<EditorSection> team = sections.stream().filter(s -> s.group() == EditorSection.Group.TEAM)
                .sorted(Comparator.comparingInt(EditorSection::order)).toList();
        EditorSection last = team.get(team.size() - 1);
        tab(page, "Design sections", last.label()).click();
        assertThat(page).hasURL(Pattern.compile(".*/designs/" + design + "/" + last.key() + "$"));
        screenshot(page, "editor-sections-390");
    }
}
