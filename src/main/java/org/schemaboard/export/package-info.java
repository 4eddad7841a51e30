/**
 * The specification export: pure renderers that turn one {@link org.schemaboard.model.DesignModel} into the files a
 * design is handed over as — the brief's "Database Design Specification" in Markdown ({@code database-design.md})
 * and as one self-contained HTML page ({@code database-design.html}), the schema DDL for PostgreSQL, MySQL and H2,
 * and a Mermaid ER diagram ({@code erd.mmd}). {@link org.schemaboard.export.SpecificationExport} is the whole API:
 * no Spring, no I/O, no jOOQ types in its signatures, so callers (the UI, the command line) only choose a format and
 * write the returned text where they like. The DDL is rendered from our model with jOOQ's DSL, not from jOOQ's
 * {@code Meta}, which would lose foreign-key actions and index methods.
 */
package org.schemaboard.export;
