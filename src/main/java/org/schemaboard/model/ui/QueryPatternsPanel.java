package org.schemaboard.model.ui;

import com.vaadin.flow.component.html.Div;
import org.schemaboard.model.QueryPatternService;

/** Placeholder until the panel is built. */
class QueryPatternsPanel extends Div {

    QueryPatternsPanel(EditorContext context, QueryPatternService service) {
        setText("Coming next.");
    }
}
