package org.schemaboard.spec.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.SpecificationService;

/** The editor's "Specification" tab: the brief's sections around the schema, with the overview of what is empty. */
@org.springframework.stereotype.Component
class SpecificationTab implements EditorSection {

    private final SpecificationService service;

    SpecificationTab(SpecificationService service) {
        this.service = service;
    }

    @Override
    public String key() {
        return "specification";
    }

    @Override
    public String label() {
        return "Specification";
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public Component create(EditorContext context, QueryParameters query) {
        SpecSection open = query.getSingleParameter("part").flatMap(SpecSection::byKey)
                .orElse(SpecSection.EXECUTIVE_SUMMARY);
        SpecContext spec = new SpecContext(context, service);
        return new SectionsPanel(spec, key(), SpecSection.inGroup(SpecSection.Group.SPECIFICATION), open,
                new Overview(spec));
    }
}
