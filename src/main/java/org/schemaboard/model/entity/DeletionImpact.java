package org.schemaboard.model.entity;

import java.util.List;

/** What goes when an entity is deleted: shown to the person before they confirm. */
public record DeletionImpact(String entityName, List<String> attributes, List<String> relationships,
                             List<String> indexes) {
}
