package org.schemaboard.editor.ui.sections;

import java.util.UUID;
import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.editor.ui.entity.EntitiesPanel;
import org.schemaboard.editor.ui.index.IndexesPanel;
import org.schemaboard.editor.ui.querypattern.QueryPatternsPanel;
import org.schemaboard.editor.ui.relationship.RelationshipsPanel;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.relationship.RelationshipService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The editor's tabs for the model's elements: entities (with their attributes), relationships, indexes, queries. */
@Configuration(proxyBeanMethods = false)
class ModelSections {

    @Bean
    EditorSection entitiesSection(EntityService entities) {
        return new EditorSection("entities", "Entities", 100, (context, query) -> new EntitiesPanel(context, entities,
                query.getSingleParameter("entity").map(ModelSections::uuidOrNull).orElse(null)));
    }

    @Bean
    EditorSection relationshipsSection(RelationshipService relationships) {
        return new EditorSection("relationships", "Relationships", 200,
                (context, query) -> new RelationshipsPanel(context, relationships));
    }

    @Bean
    EditorSection indexesSection(IndexService indexes) {
        return new EditorSection("indexes", "Indexes", 300, (context, query) -> new IndexesPanel(context, indexes));
    }

    @Bean
    EditorSection queryPatternsSection(QueryPatternService queryPatterns) {
        return new EditorSection("query-patterns", "Query patterns", 400,
                (context, query) -> new QueryPatternsPanel(context, queryPatterns));
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
