package org.schemaboard.diagram.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Objects;
import org.schemaboard.diagram.DiagramChanges;
import org.schemaboard.editor.ui.EditorContext;

/**
 * "Show changes since vN" in the diagram's tools: boxes added since an approved version are outlined green, changed
 * ones amber, and the legend names the removed entities (they have no box). Hidden while nothing was approved.
 */
final class ChangesToggle {

    private final EditorContext context;
    private final DiagramChanges changes;
    private final Runnable redraw;
    private final Select<Integer> since = new Select<>();
    private final Span legend = new Span();
    private DiagramChanges.Marks marks;
    private boolean updating;

    /** @param changes null when no feature provides changes (then the toggle stays hidden) */
    ChangesToggle(EditorContext context, DiagramChanges changes, Runnable redraw) {
        this.context = context;
        this.changes = changes;
        this.redraw = redraw;
        since.setLabel("Show changes since");
        since.setEmptySelectionAllowed(true);
        since.setEmptySelectionCaption("Nothing");
        since.setItemLabelGenerator(n -> n == null ? "Nothing" : "v" + n);
        since.addValueChangeListener(e -> {
            if (!updating) {
                mark();
                redraw.run();
            }
        });
        legend.addClassName("sb-diagram-changes");
        legend.getElement().setAttribute("role", "status");
        legend.setVisible(false);
    }

    Select<Integer> select() {
        return since;
    }

    Span legend() {
        return legend;
    }

    /** Reads the approved versions again and, when one is chosen, the marks of the current model against it. */
    void refresh() {
        List<Integer> versions = changes == null ? List.of() : changes.versions(context.designId());
        Integer chosen = since.getValue();
        updating = true;
        try {
            since.setItems(versions);
            since.setValue(versions.contains(chosen) ? chosen : null);
        } finally {
            updating = false;
        }
        since.setVisible(!versions.isEmpty());
        mark();
    }

    /** The SVG with the marked boxes classed, or as it is when nothing is chosen. */
    String applyTo(String svg) {
        return marks == null ? svg : marks.applyTo(svg);
    }

    private void mark() {
        Integer version = since.getValue();
        marks = version == null || changes == null ? null : changes.since(context.designId(), version, context.model());
        legend.removeAll();
        legend.setVisible(marks != null);
        if (marks == null) {
            return;
        }
        legend.add(new Span("Since v" + version + ": "), swatch("added", marks.added().size() + " added"),
                swatch("changed", marks.changed().size() + " changed"),
                swatch("removed", marks.removed().isEmpty() ? "none removed"
                        : marks.removed().size() + " removed: " + String.join(", ", marks.removed())));
        if (Objects.equals(marks.added().size() + marks.changed().size() + marks.removed().size(), 0)) {
            legend.add(new Span(" — no entity changed."));
        }
    }

    private static Span swatch(String kind, String text) {
        Span s = new Span(text);
        s.addClassName("sb-diagram-changes-" + kind);
        return s;
    }
}
