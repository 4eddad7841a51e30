/**
 * Import of entity-relationship diagrams written in Mermaid ({@code erDiagram}) or PlantUML (IE notation): entities,
 * attributes with types and PK/FK/UK markers, relationships with crow's-foot cardinalities, mapped onto the SQL
 * import's plan so they share its preview and its one-transaction import.
 */
package org.schemaboard.importing.er;
