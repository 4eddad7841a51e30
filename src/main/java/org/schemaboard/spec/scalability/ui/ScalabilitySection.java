package org.schemaboard.spec.scalability.ui;

import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.DesignChecks;
import org.schemaboard.spec.SpecificationService;
import org.schemaboard.spec.ui.SectionsPanel;
import org.schemaboard.spec.ui.SpecContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The editor's "Scalability" tab: partitioning, sharding, replicas, vertical partitioning, caching, scaling up. */
@Configuration(proxyBeanMethods = false)
class ScalabilitySection {

    @Bean
    EditorSection scalabilityTab(SpecificationService service, DesignChecks checks) {
        return new EditorSection("scalability", "Scalability", 500, (context, query) -> {
            SpecSection open = query.getSingleParameter("part").flatMap(SpecSection::byKey)
                    .orElse(SpecSection.PARTITIONING);
            return new SectionsPanel(new SpecContext(context, service, checks), "scalability",
                    SpecSection.inGroup(SpecSection.Group.SCALABILITY), open, null);
        });
    }
}
