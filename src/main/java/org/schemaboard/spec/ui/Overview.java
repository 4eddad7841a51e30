package org.schemaboard.spec.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.Unwritten;

/**
 * Which sections of the specification are written and which still have empty fields, at a glance (by the
 * definition the export uses for "_Not specified yet._"); each links to its form, and the model's empty fields are
 * named. Shown above the Specification tab and the checklist, so a team sees what is missing before a handoff.
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
        // the same definition of empty as the export's "_Not specified yet._", field by field
        Unwritten.Summary summary = Unwritten.summary(context.model(), spec);
        Span count = new Span(summary.written() + " of " + summary.sections() + " sections written");
        count.addClassName("sb-spec-overview-count");
        add(count);
        if (summary.complete()) {
            add(new Span("Every field has content."));
            return;
        }
        List<SpecSection> open = summary.sectionsWithGaps();
        if (!open.isEmpty()) {
            add(new Span("Still empty:"));
        }
        for (SpecSection section : open) {
            long fields = summary.gaps().stream().filter(g -> g.section() == section && !g.wholeSection()).count();
            Anchor link = new Anchor("designs/" + context.editor().designId() + "/" + section.tab() + "?part="
                    + section.key(), section.label() + (fields == 0 ? "" : " (" + fields
                    + (fields == 1 ? " field)" : " fields)")));
            link.getElement().setAttribute("router-link", true);
            link.getElement().getThemeList().add("badge contrast pill");
            link.getElement().setAttribute("title", summary.gaps().stream().filter(g -> g.section() == section)
                    .map(Unwritten.Gap::describe).collect(java.util.stream.Collectors.joining("\n")));
            add(link);
        }
        List<Unwritten.Gap> model = summary.modelGaps();
        if (!model.isEmpty()) {
            Span span = new Span("Model: " + model.size() + (model.size() == 1 ? " field" : " fields")
                    + " still empty (" + model.stream().limit(3).map(Unwritten.Gap::describe)
                    .collect(java.util.stream.Collectors.joining("; ")) + (model.size() > 3 ? "; …" : "") + ")");
            span.addClassName("sb-spec-overview-model");
            add(span);
        }
    }
}
