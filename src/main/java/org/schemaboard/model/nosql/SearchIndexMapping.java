package org.schemaboard.model.nosql;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** An Elasticsearch/OpenSearch index mapping: its fields with their types and analyzers. */
public record SearchIndexMapping(List<Field> fields) implements NoSqlSpec {

    public static final List<String> TYPES = List.of("text", "keyword", "integer", "long", "float", "double", "boolean",
            "date", "geo_point", "object", "nested");

    public SearchIndexMapping {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    @Override
    @JsonIgnore
    public NoSqlKind kind() {
        return NoSqlKind.SEARCH_INDEX;
    }

    /** One mapped field (dotted path for an object's fields), its type and, for text, its analyzer or null. */
    public record Field(String path, String type, String analyzer) {
    }
}
