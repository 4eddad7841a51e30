package org.schemaboard.model.nosql;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A MongoDB collection: its document fields (a nested document's fields and an array's items by dotted path, e.g.
 * {@code address.city}, {@code items.sku}), its indexes and its shard key (empty when not sharded).
 */
public record MongoCollection(List<Field> fields, List<MongoIndex> indexes, List<String> shardKey,
                              boolean hashedShardKey) implements NoSqlSpec {

    /** BSON types a field may have; {@code object} is a nested document, {@code array} an array of {@code items}. */
    public static final List<String> TYPES = List.of("string", "int", "long", "double", "decimal", "bool", "date",
            "objectId", "object", "array");

    public MongoCollection {
        fields = fields == null ? List.of() : List.copyOf(fields);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        shardKey = shardKey == null ? List.of() : List.copyOf(shardKey);
    }

    @Override
    @JsonIgnore
    public NoSqlKind kind() {
        return NoSqlKind.MONGO_COLLECTION;
    }

    /**
     * One field of the document.
     *
     * @param path      dotted path from the document root
     * @param type      one of {@link #TYPES}
     * @param itemType  for an array, the type of its items (one of {@link #TYPES}, {@code object} for sub-documents)
     * @param required  whether every document (or enclosing sub-document) must have it
     */
    public record Field(String path, String type, String itemType, boolean required) {
    }

    /** The field at {@code path}, if declared. */
    public java.util.Optional<Field> field(String path) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /**
     * One index: keys in order ({@code 1}, {@code -1} or {@code text}), unique, a TTL in seconds (a TTL index has one
     * date key), a partial filter expression (JSON) or null.
     */
    public record MongoIndex(String name, List<Key> keys, boolean unique, Integer ttlSeconds,
                             String partialFilter) {

        public MongoIndex {
            keys = keys == null ? List.of() : List.copyOf(keys);
        }
    }

    /** One key of an index: the field's path and its order: {@code 1}, {@code -1} or {@code text}. */
    public record Key(String field, String order) {
    }
}
