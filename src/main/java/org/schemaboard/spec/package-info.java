/**
 * The design specification around the schema: scalability plans (partitioning, sharding, read replicas, vertical
 * partitioning, caching, vertical scaling) and the brief's other sections (executive summary, technology selection,
 * data volume, design decisions, integrity, migration, backup, NoSQL, monitoring, handoff notes, checklist ticks).
 * Each section is a record stored as JSON, one versioned row per design and section; {@link
 * org.schemaboard.spec.SpecificationService} is the write path, {@link org.schemaboard.spec.DesignChecks} and
 * {@link org.schemaboard.spec.SpecificationChecklist} are pure functions of the model and the specification.
 */
package org.schemaboard.spec;
