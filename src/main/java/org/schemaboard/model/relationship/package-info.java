/** Relationships (foreign keys): the records, cardinality, referential actions, the service and its repository. */
package org.schemaboard.model.relationship;
