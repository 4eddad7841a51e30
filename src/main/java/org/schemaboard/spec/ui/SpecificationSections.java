package org.schemaboard.spec.ui;

import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.DesignChecks;
import org.schemaboard.spec.SpecificationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The editor's "Specification" tab (the brief's sections, with the overview of what is empty), "Checklist" tab and
 * "Self-critique" tab.
 */
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

    /** The requirements the design starts from, in the Plans group before the specification. */
    @Bean
    EditorSection requirementsSection(SpecificationService service, DesignChecks checks,
                                      org.schemaboard.spec.suggestion.SuggestionService suggestions) {
        return new EditorSection("requirements", "Requirements", 560, (context, query) -> {
            com.vaadin.flow.component.html.Div panel = new com.vaadin.flow.component.html.Div(
                    new RequirementsForm(new SpecContext(context, service, checks), suggestions));
            panel.addClassName("sb-spec-panel");
            return panel;
        });
    }

    /** The author's self-critique, after the checklist: the last thing written before a review is requested. */
    @Bean
    EditorSection selfCritiqueSection(SpecificationService service, DesignChecks checks) {
        return new EditorSection("self-critique", "Self-critique", 750, (context, query) -> {
            com.vaadin.flow.component.html.Div panel = new com.vaadin.flow.component.html.Div(
                    Forms.create(SpecSection.SELF_CRITIQUE, new SpecContext(context, service, checks)));
            panel.addClassName("sb-spec-panel");
            return panel;
        });
    }

    @Bean
    EditorSection checklistSection(SpecificationService service, DesignChecks checks) {
        return new EditorSection("checklist", "Checklist", 700,
                (context, query) -> new ChecklistPanel(new SpecContext(context, service, checks)));
    }
}
