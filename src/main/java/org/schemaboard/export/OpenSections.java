package org.schemaboard.export;

import java.util.List;

/**
 * The brief's sections that the model holds no data for yet. Each keeps the brief's headings down to the level where
 * content goes, and every leaf reads {@code _Not specified yet._}: the document keeps the brief's shape, and a reader
 * sees what is still open. When the model grows these sections, their renderers replace the outlines here.
 */
final class OpenSections {

    /** A heading and the headings nested under it. */
    private record Outline(int level, String title, List<Outline> children) {

        static Outline leaf(int level, String title) {
            return new Outline(level, title, List.of());
        }

        static Outline of(int level, String title, Outline... children) {
            return new Outline(level, title, List.of(children));
        }
    }

    private static final Outline SCALABILITY = Outline.of(2, "Scalability Architecture",
            Outline.leaf(3, "Vertical Scaling Strategy"),
            Outline.of(3, "Horizontal Scaling Strategy",
                    Outline.leaf(4, "Read Replicas"),
                    Outline.of(4, "Partitioning Strategy",
                            Outline.leaf(5, "Horizontal Partitioning (Sharding)"),
                            Outline.leaf(5, "Vertical Partitioning")),
                    Outline.leaf(4, "Database Sharding Considerations")));

    private static final Outline MIGRATION = Outline.of(2, "Data Migration and Evolution Strategy",
            Outline.of(3, "Schema Version Control",
                    Outline.leaf(4, "Migration Framework"),
                    Outline.leaf(4, "Migration Best Practices")),
            Outline.of(3, "Data Seeding Strategy",
                    Outline.leaf(4, "Reference Data"),
                    Outline.leaf(4, "Test Data Generation")),
            Outline.of(3, "Production Deployment Procedures",
                    Outline.leaf(4, "Pre-Deployment Checklist"),
                    Outline.leaf(4, "Deployment Process")));

    private static final Outline BACKUP = Outline.of(3, "Backup and Recovery Strategy",
            Outline.leaf(4, "Backup Schedule"),
            Outline.leaf(4, "Recovery Procedures"));

    private static final Outline NOSQL = Outline.of(2, "NoSQL Integration (if applicable)",
            Outline.leaf(3, "Document Database Design (MongoDB)"),
            Outline.leaf(3, "Cache Database Design (Redis)"),
            Outline.leaf(3, "Search Engine Design (Elasticsearch)"));

    private static final Outline MONITORING = Outline.of(2, "Monitoring and Observability",
            Outline.leaf(3, "Performance Monitoring"),
            Outline.leaf(3, "Capacity Planning Metrics"),
            Outline.leaf(3, "Alerting Thresholds"));

    private OpenSections() {
    }

    static void scalability(MarkdownDoc doc) {
        write(doc, SCALABILITY);
    }

    static void migration(MarkdownDoc doc) {
        write(doc, MIGRATION);
    }

    static void backupAndRecovery(MarkdownDoc doc) {
        write(doc, BACKUP);
    }

    static void noSql(MarkdownDoc doc) {
        write(doc, NOSQL);
    }

    static void monitoring(MarkdownDoc doc) {
        write(doc, MONITORING);
    }

    private static void write(MarkdownDoc doc, Outline outline) {
        doc.heading(outline.level(), outline.title());
        if (outline.children().isEmpty()) {
            doc.notSpecified();
        }
        outline.children().forEach(child -> write(doc, child));
    }
}
