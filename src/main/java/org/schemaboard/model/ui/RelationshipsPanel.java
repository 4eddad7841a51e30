package org.schemaboard.model.ui;

import com.vaadin.flow.component.html.Div;
import org.schemaboard.model.RelationshipService;

/** Placeholder until the panel is built. */
class RelationshipsPanel extends Div {

    RelationshipsPanel(EditorContext context, RelationshipService service) {
        setText("Coming next.");
    }
}
