package org.schemaboard.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;

/**
 * One tab of the design editor. Features outside the model package (scalability plans, the diagram, review …)
 * contribute their section as a Spring bean implementing this interface; the editor orders the tabs by
 * {@link #order()} and builds the panel when its tab is opened.
 */
public interface EditorSection {

    /** The last part of the address: {@code /designs/<id>/<key>}. Lower case, words joined by hyphens. */
    String key();

    /** The tab's label. */
    String label();

    /** Position among the tabs: entities 100, relationships 200, indexes 300, query patterns 400, history 10000. */
    int order();

    /** Builds the section's panel for one open editor. */
    Component create(EditorContext context, QueryParameters query);
}
