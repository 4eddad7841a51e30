/**
 * Scalability plans, the brief's "Scalability Plan": partitioning, sharding, read replicas, vertical partitioning,
 * caching and vertical scaling. Each is a specification section (stored and saved like the others, through
 * {@link org.schemaboard.spec.SpecificationService}); the checks beside them are in
 * {@link org.schemaboard.spec.DesignChecks}.
 */
package org.schemaboard.spec.scalability;
