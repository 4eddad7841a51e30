/**
 * The design model: entities and their attributes, relationships, indexes and query patterns. {@link
 * org.schemaboard.model.DesignModel} is the immutable read model of a whole design (pure records, no Spring); the
 * services here are its only write path (one transaction per change: role, version, rows, audit line, event).
 */
package org.schemaboard.model;
