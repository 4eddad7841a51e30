package org.schemaboard.export;

import java.util.List;
import org.schemaboard.spec.SectionContent;

import org.schemaboard.model.DesignModel;

/**
 * {@code design.json}: a whole design as one versioned JSON document, complete enough to rebuild it on another server
 * (or after a reinstall) and stable enough to keep in version control and diff.
 *
 * <pre>
 * {
 *   "format": "schemaboard-design",
 *   "formatVersion": 1,
 *   "design": { "name", "targetDatabase", "description" },
 *   "entities": [ { "id", "name", "kind", "purpose", "businessRules", "lifecycle", "notes",
 *                   "attributes": [ { "id", "name", "dataType", "length", "precision", "scale", "nullable",
 *                                     "defaultValue", "primaryKey", "unique", "autoIncrement", "checkExpression",
 *                                     "description" } ] } ],
 *   "relationships": [ { "id", "name", "fromEntityId", "toEntityId", "cardinality",
 *                        "columns": [ { "fromAttributeId", "toAttributeId" } ], "onDelete", "onUpdate", "label",
 *                        "identifying", "rationale", "junctionEntityId" } ],
 *   "indexes": [ { "id", "entityId", "name", "columns": [ { "attributeId", "descending" } ], "unique", "predicate",
 *                  "method", "purpose", "rationale", "queryPatternIds" } ],
 *   "queryPatterns": [ { "id", "name", "description", "sql", "frequency", "frequencyUnit", "latencyTargetMs",
 *                        "entityIds", "indexIds" } ],
 *   "nosql": [ { "id", "name", "kind", the fields of its kind } ]   (optional: written when there are any; see
 *              {@link DesignJsonNoSql})
 *   "specification": { "&lt;section key&gt;": { the section's fields }, … }   (optional: the filled sections)
 * }
 * </pre>
 *
 * <p>{@code autoIncrement} came later (issue 25): a file without it, written before, reads as {@code false}.
 *
 * <p>Every field is written, unset ones as {@code null}, in the model's order (entities, indexes and query patterns
 * by name, attributes by position, relationships as created), pretty-printed with {@code \n} line ends. Enumerations
 * are written by their constant names ({@code ONE_TO_MANY}, {@code SET_NULL}, {@code POSTGRESQL}). Ids are the
 * elements' UUIDs; they only tie the file together — an import gives every element a new id. Row versions, timestamps,
 * authors and members are not part of a design's content and are left out. Which query patterns an index serves and
 * which indexes a query pattern relies on are one relation in the database, written from both ends as the model has
 * them.
 *
 * <p>Reading is strict, so a mistake in a hand-edited file is reported rather than half-imported: the
 * {@link DesignJsonException} says where (line and column for broken JSON; a path such as
 * {@code entities[2] (orders).attributes[1] (user_id).dataType} otherwise). Required are {@code format},
 * {@code formatVersion}, the design's {@code name} and {@code targetDatabase}, every element's {@code id} and
 * {@code name} (relationships: {@code fromEntityId}, {@code toEntityId} and {@code cardinality} instead of a name),
 * an entity's {@code kind}, an attribute's {@code dataType}, an index's {@code entityId}, and the ids in every column
 * pair and index column. Missing optional fields read as {@code null}, empty lists, {@code false} — except
 * {@code nullable} ({@code true}), {@code onDelete}/{@code onUpdate} ({@code NO_ACTION}) and {@code method}
 * ({@code BTREE}). Unknown fields are refused (a misspelt {@code "primarykey"} must not silently become
 * {@code false}), ids must be UUIDs used once in the whole file, and every reference must name an element of the file
 * of the right kind (a relationship's column pairs attributes of its own two entities, an index's columns attributes
 * of its entity).
 */
public final class DesignJson {

    public static final String FILE_NAME = "design.json";
    public static final String FORMAT = "schemaboard-design";
    public static final int FORMAT_VERSION = 1;

    private DesignJson() {
    }

    /** The design as {@value #FILE_NAME} text, ending in a line break. */
    public static String write(DesignModel design) {
        return DesignJsonWriter.write(design);
    }

    /** The design with its written specification sections as {@value #FILE_NAME} text. */
    public static String write(ExportSource source) {
        return DesignJsonWriter.write(source);
    }

    /** A read file: the model, the specification sections and the NoSQL elements written in it (ids as in the file). */
    public record DesignFile(DesignModel model, List<SectionContent> sections,
                             List<org.schemaboard.model.nosql.NoSqlElement> nosql) {

        public DesignFile {
            sections = List.copyOf(sections);
            nosql = nosql == null ? List.of() : List.copyOf(nosql);
        }

        public DesignFile(DesignModel model, List<SectionContent> sections) {
            this(model, sections, List.of());
        }
    }

    /** Reads the whole file: model and specification sections. */
    public static DesignFile readFile(String json) {
        return new DesignJsonReader().readFile(json);
    }

    /**
     * Reads {@value #FILE_NAME} text back into a model. The model has no design id (a file is not a stored design),
     * every version is 0 and attribute positions count from 0, as the database stores them.
     *
     * @throws DesignJsonException when the text is not a valid design file, saying what is wrong and where
     */
    public static DesignModel read(String json) {
        return new DesignJsonReader().read(json);
    }
}
