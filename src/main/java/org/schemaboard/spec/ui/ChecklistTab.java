package org.schemaboard.spec.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.spec.SpecificationService;

/** The editor's "Checklist" tab: the brief's validation checklist for this design. */
@org.springframework.stereotype.Component
class ChecklistTab implements EditorSection {

    private final SpecificationService service;

    ChecklistTab(SpecificationService service) {
        this.service = service;
    }

    @Override
    public String key() {
        return "checklist";
    }

    @Override
    public String label() {
        return "Checklist";
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public Component create(EditorContext context, QueryParameters query) {
        return new ChecklistPanel(new SpecContext(context, service));
    }
}
