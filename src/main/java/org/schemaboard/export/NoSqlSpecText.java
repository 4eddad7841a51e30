package org.schemaboard.export;

import static org.schemaboard.export.MarkdownText.cell;
import static org.schemaboard.export.MarkdownText.code;

import java.util.List;
import org.schemaboard.model.nosql.MongoCollection;
import org.schemaboard.model.nosql.NoSqlElement;
import org.schemaboard.model.nosql.RedisKeyPattern;
import org.schemaboard.model.nosql.SearchIndexMapping;

/**
 * The structured NoSQL elements in the specification, under the brief's sub-headings of its NoSQL section: the
 * collections' document schemas and index strategy, the Redis caching patterns, the search index mappings. Each
 * method writes nothing and answers false when the design has no element of its kind.
 */
final class NoSqlSpecText {

    private NoSqlSpecText() {
    }

    /** "Document Schema Examples" (a field table per collection) and "Index Strategy for MongoDB" (createIndex). */
    static boolean mongo(MarkdownDoc doc, List<NoSqlElement> elements) {
        List<NoSqlElement> collections = of(elements, MongoCollection.class);
        if (collections.isEmpty()) {
            return false;
        }
        doc.heading(4, "Document Schema Examples");
        StringBuilder indexes = new StringBuilder();
        for (NoSqlElement e : collections) {
            MongoCollection m = (MongoCollection) e.spec();
            doc.block("**Collection " + cellCode(e.name()) + "**" + (m.shardKey().isEmpty() ? ""
                    : " — sharded by " + cellCode(String.join(", ", m.shardKey()))
                    + (m.hashedShardKey() ? " (hashed)" : " (ranged)")));
            if (m.fields().isEmpty()) {
                doc.block("_No fields declared: the validator accepts any document._");
            } else {
                doc.table(List.of("Field", "Type", "Required"), m.fields().stream().map(f -> List.of(
                        cellCode(f.path()), cell("array".equals(f.type()) && f.itemType() != null
                                ? "array of " + f.itemType() : f.type()), f.required() ? "yes" : "no")).toList());
            }
            indexes.append(NoSqlArtefacts.createIndexes(e.name(), m));
            if (!m.shardKey().isEmpty()) {
                indexes.append(NoSqlArtefacts.shardCollection(e.name(), m)).append('\n');
            }
        }
        doc.block("The collections are created with these fields as a `$jsonSchema` validator "
                + "(`nosql/mongodb/` in the ZIP).");
        doc.heading(4, "Index Strategy for MongoDB");
        if (indexes.isEmpty()) {
            doc.block("_No indexes besides `_id`._");
        } else {
            doc.code("javascript", indexes.toString());
        }
        return true;
    }

    /** "Caching Patterns": one row per Redis key pattern. */
    static boolean redis(MarkdownDoc doc, List<NoSqlElement> elements) {
        List<NoSqlElement> keys = of(elements, RedisKeyPattern.class);
        if (keys.isEmpty()) {
            return false;
        }
        doc.heading(4, "Caching Patterns");
        doc.table(List.of("Cache", "Key pattern", "Data type", "TTL", "Eviction", "Invalidated when",
                "Serves query pattern"), keys.stream().map(e -> {
                    RedisKeyPattern r = (RedisKeyPattern) e.spec();
                    return List.of(cell(e.name()), cellCode(r.keyTemplate()), cell(r.dataType()),
                            cell(r.ttlSeconds() != null ? r.ttlSeconds() + " s" : "none — "
                                    + (r.noTtlReason() == null ? "no reason given" : r.noTtlReason())),
                            cell(r.eviction()), cell(r.invalidation()), cell(r.servesQuery()));
                }).toList());
        return true;
    }

    /** "Index Mapping": each index's mappings body, as {@code PUT /<index>} takes it. */
    static boolean search(MarkdownDoc doc, List<NoSqlElement> elements) {
        List<NoSqlElement> mappings = of(elements, SearchIndexMapping.class);
        if (mappings.isEmpty()) {
            return false;
        }
        doc.heading(4, "Index Mapping");
        for (NoSqlElement e : mappings) {
            SearchIndexMapping s = (SearchIndexMapping) e.spec();
            doc.block("**Index " + cellCode(e.name()) + "**");
            doc.code("json", NoSqlArtefacts.write(NoSqlArtefacts.mapping(s)));
        }
        return true;
    }

    private static List<NoSqlElement> of(List<NoSqlElement> elements, Class<?> kind) {
        return elements.stream().filter(e -> kind.isInstance(e.spec())).toList();
    }

    /** Code in a table cell: a {@code |} would end the cell. */
    private static String cellCode(String text) {
        return code(text).replace("|", "\\|");
    }
}
