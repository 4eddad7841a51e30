package org.schemaboard.diff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.schemaboard.diff.Change;
import org.schemaboard.diff.FieldChange;
import org.schemaboard.diff.Finding;
import org.schemaboard.diff.ModelDiff;

/** A diff and its safety findings as lists, the same in the Changes tab and in the Review tab. */
final class DiffViews {

    private DiffViews() {
    }

    /** "No changes." or the counts, then one item per changed element with its changed fields. */
    static Div changeList(ModelDiff diff) {
        UnorderedList changes = new UnorderedList();
        changes.getElement().setAttribute("aria-label", "Changes");
        diff.changes().forEach(c -> changes.add(change(c)));
        return new Div(new Paragraph(diff.empty() ? "No changes." : diff.counts() + "."), changes);
    }

    static Div findings(List<Finding> findings) {
        Div box = new Div();
        if (findings.isEmpty()) {
            box.add(new Paragraph("Nothing risky: no data loss, no step that fails on existing rows or blocks a "
                    + "large table."));
        }
        UnorderedList risks = new UnorderedList();
        risks.getElement().setAttribute("aria-label", "Safety findings");
        for (Finding f : findings) {
            ListItem item = new ListItem(new Span(f.severity().label() + " — " + f.element() + ": " + f.problem()),
                    new Paragraph("Safer: " + f.saferSequence()));
            item.addClassName("sb-finding-" + f.severity().name());
            risks.add(item);
        }
        box.add(risks);
        return box;
    }

    private static ListItem change(Change c) {
        Span what = new Span(c.kind().label() + " " + c.path() + " " + c.type().label());
        what.addClassName("sb-change-" + c.type().name().toLowerCase(Locale.ROOT));
        ListItem item = new ListItem(what);
        if (!c.fields().isEmpty()) {
            UnorderedList fields = new UnorderedList();
            for (FieldChange f : c.fields()) {
                if (f.multiLine()) {
                    Pre lines = new Pre(String.join("\n", f.lineDiff()));
                    lines.addClassName("sb-script");
                    lines.getElement().setAttribute("tabindex", "0"); // it scrolls: a keyboard must reach it
                    fields.add(new ListItem(new Span(f.field() + ":"), lines));
                } else {
                    fields.add(new ListItem(f.field() + ": " + shown(f.before()) + " → " + shown(f.after())));
                }
            }
            item.add(fields);
        }
        return item;
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value;
    }
}
