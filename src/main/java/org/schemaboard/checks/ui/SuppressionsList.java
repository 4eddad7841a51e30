package org.schemaboard.checks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.checks.Suppression;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.Saving;

/** The suppressed rules of the design, each with its reason and who gave it; editors can lift them. */
final class SuppressionsList extends Div {

    private final EditorContext context;
    private final ChecksService checks;
    private final UnorderedList items = new UnorderedList();

    SuppressionsList(EditorContext context, ChecksService checks) {
        this.context = context;
        this.checks = checks;
        addClassName("sb-suppressions");
        items.getElement().setAttribute("aria-label", "Suppressed problems");
        add(new H3("Suppressed"), items);
    }

    void refresh() {
        items.removeAll();
        List<Suppression> all = checks.suppressions(context.designId());
        setVisible(!all.isEmpty());
        for (Suppression s : all) {
            ListItem item = new ListItem(new Span(s.rule() + " on " + s.elementLabel() + " — " + s.reason() + " ("
                    + s.by() + ")"));
            if (context.canEdit()) {
                Button lift = new Button("Lift", e -> Saving.attempt(() -> checks.lift(s.id(), s.version()), context,
                        "Lifted " + s.rule() + " on " + s.elementLabel()));
                lift.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                lift.getElement().setAttribute("aria-label", "Lift " + s.rule() + " on " + s.elementLabel());
                item.add(lift);
            }
            items.add(item);
        }
    }
}
