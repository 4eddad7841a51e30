/**
 * The design model: entities and their attributes ({@code model.entity}), relationships ({@code model.relationship}),
 * indexes ({@code model.index}) and query patterns ({@code model.querypattern}), each with its service and repository.
 * {@link org.schemaboard.model.DesignModel} is the immutable read model of a whole design (pure records, no Spring),
 * loaded by {@link org.schemaboard.model.DesignModelService}. The element services are its only write path, one
 * transaction per change: role, validation, rows with an optimistic version check, then
 * {@link org.schemaboard.design.DesignService#recordChange} (audit line, design touched, event).
 * {@link org.schemaboard.model.DesignElementService} is that path written once for indexes and query patterns;
 * {@link org.schemaboard.model.ModelBatchService} writes a whole import by the same rules with one audit line.
 */
package org.schemaboard.model;
