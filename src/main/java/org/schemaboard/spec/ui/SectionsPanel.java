package org.schemaboard.spec.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;

/**
 * A group of sections: a list of them on the left, each marked written or empty (and, for the scalability plans,
 * with the number of problems the checks find), and the open section's form on the right. The open section is kept
 * in the address ({@code ?part=partitioning}) so a reload or a shared link opens it again.
 */
public final class SectionsPanel extends Div {

    private final SpecContext context;
    private final String tabKey;
    private final Map<SpecSection, Tab> tabs = new LinkedHashMap<>();
    private final Div detail = new Div();
    private final Component overview;

    public SectionsPanel(SpecContext context, String tabKey, List<SpecSection> sections, SpecSection open,
                  Component overview) {
        this.context = context;
        this.tabKey = tabKey;
        this.overview = overview;
        addClassName("sb-spec-panel");
        sections.forEach(s -> tabs.put(s, new Tab()));
        Tabs list = new Tabs(tabs.values().toArray(Tab[]::new));
        list.setOrientation(Tabs.Orientation.VERTICAL);
        list.getElement().setAttribute("aria-label", "Sections");
        list.addClassName("sb-spec-nav");
        detail.addClassName("sb-spec-detail");
        Div split = new Div(list, detail);
        split.addClassName("sb-spec-split");
        if (overview != null) {
            add(overview);
        }
        add(split);
        SpecSection first = open != null && tabs.containsKey(open) ? open : sections.get(0);
        list.setSelectedTab(tabs.get(first));
        list.addSelectedChangeListener(e -> tabs.forEach((section, tab) -> {
            if (tab == e.getSelectedTab()) {
                open(section, true);
            }
        }));
        open(first, false);
        label(context.spec());
        context.onReload((spec, fromOthers) -> label(spec));
    }

    private void open(SpecSection section, boolean remember) {
        detail.removeAll();
        detail.add(Forms.create(section, context));
        if (remember) {
            UI.getCurrent().getPage().getHistory().replaceState(null, "designs/" + context.editor().designId()
                    + "/" + tabKey + "?part=" + section.key());
        }
    }

    /** Each section's name with its state: written, empty, or the problems found in it. */
    private void label(Specification spec) {
        List<Check> checks = context.checks(spec);
        tabs.forEach((section, tab) -> {
            tab.removeAll();
            long problems = checks.stream().filter(c -> c.section() == section
                    && c.severity() == Check.Severity.ERROR).count();
            Span state = new Span(problems > 0 ? problems + (problems == 1 ? " problem" : " problems")
                    : spec.filled(section) ? "written" : "empty");
            state.getElement().getThemeList().add("badge small pill "
                    + (problems > 0 ? "error" : spec.filled(section) ? "success" : "contrast"));
            Span name = new Span(section.label());
            name.addClassName("sb-spec-nav-name");
            tab.add(name, new com.vaadin.flow.component.Text(" "), state);
        });
    }
}
