package org.schemaboard.spec.ui;

import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.DesignChecks;
import org.schemaboard.spec.SpecificationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The editor's "Specification" tab (the brief's sections, with the overview of what is empty) and "Checklist" tab. */
@Configuration(proxyBeanMethods = false)
class SpecificationSections {

    @Bean
    EditorSection specificationSection(SpecificationService service, DesignChecks checks) {
        return new EditorSection("specification", "Specification", 600, (context, query) -> {
            SpecSection open = query.getSingleParameter("part").flatMap(SpecSection::byKey)
                    .orElse(SpecSection.EXECUTIVE_SUMMARY);
            SpecContext spec = new SpecContext(context, service, checks);
            return new SectionsPanel(spec, "specification", SpecSection.inGroup(SpecSection.Group.SPECIFICATION), open,
                    new Overview(spec));
        });
    }

    @Bean
    EditorSection checklistSection(SpecificationService service, DesignChecks checks) {
        return new EditorSection("checklist", "Checklist", 700,
                (context, query) -> new ChecklistPanel(new SpecContext(context, service, checks)));
    }
}
