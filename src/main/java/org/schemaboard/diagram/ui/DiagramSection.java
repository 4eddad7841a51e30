package org.schemaboard.diagram.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import org.schemaboard.diagram.DiagramService;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.EditorSection;

/** Adds the "Diagram" tab to the design editor, first: most people look at the picture before the lists. */
@org.springframework.stereotype.Component
public class DiagramSection implements EditorSection {

    private final DiagramService diagrams;

    DiagramSection(DiagramService diagrams) {
        this.diagrams = diagrams;
    }

    @Override
    public String key() {
        return "diagram";
    }

    @Override
    public String label() {
        return "Diagram";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(EditorContext context, QueryParameters query) {
        return new DiagramPanel(context, diagrams, query.getSingleParameter("view").orElse(null));
    }
}
