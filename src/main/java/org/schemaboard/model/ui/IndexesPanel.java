package org.schemaboard.model.ui;

import com.vaadin.flow.component.html.Div;
import org.schemaboard.model.IndexService;

/** Placeholder until the panel is built. */
class IndexesPanel extends Div {

    IndexesPanel(EditorContext context, IndexService service) {
        setText("Coming next.");
    }
}
