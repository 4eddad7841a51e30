package org.schemaboard.diagram.ui;

import org.schemaboard.diagram.DiagramService;
import org.schemaboard.editor.ui.EditorSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the "Diagram" tab to the design editor, first: most people look at the picture before the lists. */
@Configuration(proxyBeanMethods = false)
class DiagramSection {

    @Bean
    EditorSection diagramTab(DiagramService diagrams,
                             org.springframework.beans.factory.ObjectProvider<org.schemaboard.diagram.DiagramChanges> changes) {
        return new EditorSection("diagram", "Diagram", 50, (context, query) -> new DiagramPanel(context, diagrams,
                query.getSingleParameter("view").orElse(null), changes.getIfAvailable()));
    }
}
