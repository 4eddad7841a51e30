package org.schemaboard.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;

/**
 * One tab of the design editor, declared as a Spring bean by the feature that owns it (the model's lists, the
 * diagram, scalability plans, the specification, review, history). The editor orders the tabs by {@link #order()} and
 * builds a tab's panel when it is opened; it knows none of the sections itself.
 *
 * @param key   the last part of the address, {@code /designs/<id>/<key>}: lower case, words joined by hyphens
 * @param label the tab's label
 * @param order position among the tabs: diagram 50, entities 100, relationships 200, indexes 300, query patterns
 *              400, scalability 500, specification 600, checklist 700, review 9000, members 9500, history 10000
 * @param panel builds the section's panel for one open editor, from the address's query parameters
 */
public record EditorSection(String key, String label, int order, Panel panel) {

    @FunctionalInterface
    public interface Panel {
        Component create(EditorContext context, QueryParameters query);
    }

    public Component create(EditorContext context, QueryParameters query) {
        return panel.create(context, query);
    }
}
