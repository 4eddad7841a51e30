package org.schemaboard.spec.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.List;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;

/**
 * Which sections of the specification are written and which are still empty, at a glance; each empty one links to
 * its form. Shown above the Specification tab and the checklist, so a team sees what is missing before a handoff.
 */
final class Overview extends Div {

    private final SpecContext context;

    Overview(SpecContext context) {
        this.context = context;
        addClassName("sb-spec-overview");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-label", "Sections written");
        show(context.spec());
        context.onReload((spec, fromOthers) -> show(spec));
    }

    private void show(Specification spec) {
        removeAll();
        List<SpecSection> all = Arrays.stream(SpecSection.values())
                .filter(s -> s.group() != SpecSection.Group.CHECKLIST).toList();
        List<SpecSection> empty = spec.emptySections();
        Span count = new Span((all.size() - empty.size()) + " of " + all.size() + " sections written");
        count.addClassName("sb-spec-overview-count");
        add(count);
        if (empty.isEmpty()) {
            add(new Span("Every section has content."));
            return;
        }
        add(new Span("Still empty:"));
        for (SpecSection section : empty) {
            Anchor link = new Anchor("designs/" + context.editor().designId() + "/" + section.tab() + "?part="
                    + section.key(), section.label());
            link.getElement().setAttribute("router-link", true);
            link.getElement().getThemeList().add("badge contrast pill");
            add(link);
        }
    }
}
