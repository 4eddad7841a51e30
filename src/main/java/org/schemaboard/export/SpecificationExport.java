package org.schemaboard.export;

import org.schemaboard.model.DesignModel;

/**
 * The export's API: each method is a pure function of a design, returning the text of one file. Nothing is written
 * anywhere; the caller picks the file name (the constants here are the names the brief and our users expect).
 *
 * <ul>
 *   <li>{@link #markdown} — the brief's "Database Design Specification", section by section in its order; what the
 *   model cannot fill yet reads {@code _Not specified yet._} rather than disappearing.</li>
 *   <li>{@link #html} — the same document as one self-contained, print-friendly page with a table of contents: no
 *   script, no external resource, user text inert.</li>
 *   <li>{@link #ddl} — CREATE TABLE / COMMENT / ALTER TABLE / CREATE INDEX statements for one dialect, tables in
 *   dependency order, each adaptation to the dialect noted in a SQL comment.</li>
 *   <li>{@link #mermaid} — an {@code erDiagram} of every entity, attribute and relationship.</li>
 * </ul>
 */
public final class SpecificationExport {

    public static final String MARKDOWN_FILE = "database-design.md";
    public static final String HTML_FILE = "database-design.html";
    public static final String MERMAID_FILE = "erd.mmd";

    private SpecificationExport() {
    }

    /** The specification as Markdown ({@value #MARKDOWN_FILE}), from the model alone. */
    public static String markdown(DesignModel design) {
        return markdown(ExportSource.of(design));
    }

    /** The specification as Markdown ({@value #MARKDOWN_FILE}) with the written sections and the review status. */
    public static String markdown(ExportSource source) {
        return MarkdownSpec.render(source);
    }

    /** The specification as one HTML page ({@value #HTML_FILE}), from the model alone. */
    public static String html(DesignModel design) {
        return html(ExportSource.of(design));
    }

    /** The specification as one HTML page ({@value #HTML_FILE}), with the ER diagram when there is one. */
    public static String html(ExportSource source) {
        return HtmlSpec.page(source, MarkdownSpec.renderWithHtml(source).html());
    }

    /** The schema DDL in one dialect; save it as {@link SqlDialectChoice#fileName()}. */
    public static String ddl(DesignModel design, SqlDialectChoice dialect) {
        return ddl(ExportSource.of(design), dialect);
    }

    /** The schema DDL in one dialect, with the partitioning plans (declared for PostgreSQL). */
    public static String ddl(ExportSource source, SqlDialectChoice dialect) {
        return DdlRenderer.render(source.model(), dialect, source.specification().partitioning()).text();
    }

    /** The entity-relationship diagram in Mermaid syntax ({@value #MERMAID_FILE}). */
    public static String mermaid(DesignModel design) {
        return MermaidErd.render(design);
    }

    /** The dialect of the SQL inside the specification: the design's target database, else PostgreSQL. */
    public static SqlDialectChoice specificationDialect(DesignModel design) {
        return SqlDialectChoice.forTarget(design.targetDatabase()).orElse(SqlDialectChoice.POSTGRESQL);
    }
}
