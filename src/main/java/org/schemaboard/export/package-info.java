/**
 * The specification export: pure renderers that turn one {@link org.schemaboard.model.DesignModel} into the files a
 * design is handed over as — the brief's "Database Design Specification" in Markdown ({@code database-design.md})
 * and as one self-contained HTML page ({@code database-design.html}), the schema DDL for PostgreSQL, MySQL and H2,
 * a Mermaid ER diagram ({@code erd.mmd}) and the design itself as versioned JSON ({@code design.json}, which
 * {@link org.schemaboard.export.DesignJson} also reads back); {@link org.schemaboard.export.SpecificationZip} packs them
 * all into one archive. {@link org.schemaboard.export.SpecificationExport}, {@code DesignJson} and
 * {@code SpecificationZip} are the whole API: no Spring, no file I/O, no jOOQ types in their signatures, so callers
 * (the UI, the command line) only choose a format and put the result where they like. The DDL is rendered from our
 * model with jOOQ's DSL, not from jOOQ's {@code Meta}, which would lose foreign-key actions and index methods.
 * Renderers run on the calling thread and start none of their own; given an {@link java.util.concurrent.Executor}
 * (the application's {@code BackgroundWork}), the ZIP and the HTML page share their parts out over it, the calling
 * thread taking its share.
 */
package org.schemaboard.export;
