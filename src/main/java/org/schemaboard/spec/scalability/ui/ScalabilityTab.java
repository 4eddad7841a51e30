package org.schemaboard.spec.scalability.ui;

import org.schemaboard.spec.ui.SectionsPanel;
import org.schemaboard.spec.ui.SpecContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.SpecificationService;

/** The editor's "Scalability" tab: partitioning, sharding, replicas, vertical partitioning, caching, scaling up. */
@org.springframework.stereotype.Component
class ScalabilityTab implements EditorSection {

    private final SpecificationService service;

    ScalabilityTab(SpecificationService service) {
        this.service = service;
    }

    @Override
    public String key() {
        return "scalability";
    }

    @Override
    public String label() {
        return "Scalability";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Component create(EditorContext context, QueryParameters query) {
        SpecSection open = query.getSingleParameter("part").flatMap(SpecSection::byKey).orElse(SpecSection.PARTITIONING);
        return new SectionsPanel(new SpecContext(context, service), key(),
                SpecSection.inGroup(SpecSection.Group.SCALABILITY), open, null);
    }
}
