package org.schemaboard.importing.er;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.SqlImportService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports entity-relationship diagrams written in Mermaid or PlantUML: a preview (pure; a broken diagram gives a
 * plan whose error names the line and column, and nothing can be imported from it) and the import through the SQL
 * import's path, one transaction and one history line.
 */
@Service
public class ErImportService {

    /** The two diagram languages read. */
    public enum Format {
        MERMAID("Mermaid", "a Mermaid diagram"), PLANTUML("PlantUML", "a PlantUML diagram");

        private final String label;
        private final String source;

        Format(String label, String source) {
            this.label = label;
            this.source = source;
        }

        public String label() {
            return label;
        }

        /** The format a text is written in: PlantUML when it has {@code @startuml} or an {@code entity} line. */
        public static Format detect(String text) {
            return text.contains("@startuml") || text.matches("(?s).*(^|\\n)\\s*entity\\s.*") ? PLANTUML : MERMAID;
        }
    }

    private final DesignService designs;
    private final SqlImportService sqlImport;

    ErImportService(DesignService designs, SqlImportService sqlImport) {
        this.designs = designs;
        this.sqlImport = sqlImport;
    }

    /** What importing the diagram would create, with name mappings for {@code target} (null: PostgreSQL). */
    public static ImportPlan read(String text, Format format, TargetDatabase target) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("sql", "Paste or upload the diagram to import");
        }
        if (text.length() > SqlImportService.MAX_CHARACTERS) {
            throw ValidationException.of("sql", SqlImportService.TOO_LARGE);
        }
        ImportPlan plan;
        try {
            ErDocument doc = format == Format.MERMAID ? MermaidErParser.parse(text) : PlantUmlErParser.parse(text);
            plan = ErPlanBuilder.plan(doc, format == Format.MERMAID);
        } catch (ErSyntaxException e) {
            plan = new ImportPlan(ImportDialect.POSTGRESQL, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(new ImportPlan.Skipped(e.line(), e.column(), "line " + e.line() + ", column "
                    + e.column() + sourceLine(text, e.line()), e.getMessage())), List.of());
        }
        return SqlImportService.withNameAndJunctionWarnings(plan, target != null ? target
                : TargetDatabase.POSTGRESQL);
    }

    /** ": the line as written" (shortened), so the preview shows what is wrong beside where; empty past the end. */
    private static String sourceLine(String text, int line) {
        String written = text.lines().skip(Math.max(0, line - 1)).findFirst().orElse("").strip();
        return written.isEmpty() ? "" : ": " + (written.length() > 80 ? written.substring(0, 79) + "…" : written);
    }

    /** Creates a design holding the diagram's entities and relationships; returns its id. */
    @Transactional
    public UUID importIntoNewDesign(String name, TargetDatabase target, Format format, ImportPlan plan,
                                    DoubleConsumer progress) {
        requireImportable(plan);
        UUID designId = designs.create(new DesignDraft(name, target != null ? target : TargetDatabase.POSTGRESQL,
                "Imported from " + format.source + ": " + plan.counts().replace(", 0 views", "") + "."));
        sqlImport.importInto(designId, plan, format.source, progress);
        return designId;
    }

    /** Adds the diagram's entities and relationships to an existing design. */
    @Transactional
    public Map<String, UUID> importInto(UUID designId, Format format, ImportPlan plan, DoubleConsumer progress) {
        requireImportable(plan);
        return sqlImport.importInto(designId, plan, format.source, progress);
    }

    private static void requireImportable(ImportPlan plan) {
        if (plan.problem() != null) {
            throw ValidationException.of("sql", plan.problem() + ". Nothing was imported.");
        }
    }
}
