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
 * @param order position among the tabs, which also puts the section in its {@link Group}: diagram 50, entities 100,
 *              relationships 200, indexes 300, query patterns 400 (Model, below 500); scalability 500, specification
 *              600, checklist 700 (Plans, 500 to 8999); review 9000, members 9500, history 10000 (Team, 9000 on)
 * @param panel builds the section's panel for one open editor, from the address's query parameters
 */
public record EditorSection(String key, String label, int order, Panel panel) {

    /**
     * The editor shows the groups as one row of tabs and the open group's sections as a second, so every section is
     * one or two clicks away at 1280 pixels without scrolling the tabs.
     */
    public enum Group {
        MODEL("Model"), PLANS("Plans"), TEAM("Team");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Group group() {
        return order < 500 ? Group.MODEL : order < 9000 ? Group.PLANS : Group.TEAM;
    }

    @FunctionalInterface
    public interface Panel {
        Component create(EditorContext context, QueryParameters query);
    }

    public Component create(EditorContext context, QueryParameters query) {
        return panel.create(context, query);
    }
}
