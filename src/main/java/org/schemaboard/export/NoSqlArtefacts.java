package org.schemaboard.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.schemaboard.model.nosql.MongoCollection;
import org.schemaboard.model.nosql.NoSqlElement;
import org.schemaboard.model.nosql.RedisKeyPattern;
import org.schemaboard.model.nosql.SearchIndexMapping;

/**
 * Runnable artefacts of the NoSQL elements: per MongoDB collection a mongosh script ({@code createCollection} with a
 * {@code $jsonSchema} validator, then {@code createIndex}), per search index an Elasticsearch/OpenSearch mapping, and
 * one Redis key catalogue in Markdown. Pure functions.
 */
public final class NoSqlArtefacts {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<String, String> BSON = Map.of("int", "int", "long", "long", "double", "double",
            "decimal", "decimal", "bool", "bool", "date", "date", "objectId", "objectId", "object", "object",
            "array", "array", "string", "string");

    private NoSqlArtefacts() {
    }

    /** File name in the ZIP → content, for every element that has an artefact. */
    public static Map<String, String> files(List<NoSqlElement> elements) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (NoSqlElement e : elements) {
            if (e.spec() instanceof MongoCollection m) {
                out.put("nosql/mongodb/" + fileName(e.name()) + ".js", mongosh(e.name(), m));
            } else if (e.spec() instanceof SearchIndexMapping s) {
                out.put("nosql/search/" + fileName(e.name()) + ".mapping.json", write(mapping(s)));
            }
        }
        List<NoSqlElement> keys = elements.stream().filter(e -> e.spec() instanceof RedisKeyPattern).toList();
        if (!keys.isEmpty()) {
            out.put("nosql/redis-keys.md", redisCatalogue(keys));
        }
        return out;
    }

    /**
     * The collection's {@code $jsonSchema}: MongoDB's dialect of JSON Schema draft 4 ({@code bsonType} for types);
     * nested documents and array items by the fields' dotted paths.
     */
    public static ObjectNode jsonSchema(MongoCollection m) {
        ObjectNode root = objectSchema();
        for (MongoCollection.Field f : m.fields()) {
            ObjectNode parent = root;
            String[] parts = f.path().split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                ObjectNode next = (ObjectNode) parent.with("properties").get(parts[i]);
                if (next == null) {
                    next = objectSchema();
                    parent.with("properties").set(parts[i], next);
                }
                if ("array".equals(next.path("bsonType").asText())) {
                    next = (ObjectNode) next.get("items");
                }
                parent = next;
            }
            ObjectNode schema = JSON.createObjectNode().put("bsonType", BSON.get(f.type()));
            if ("array".equals(f.type()) && f.itemType() != null) {
                schema.set("items", "object".equals(f.itemType()) ? objectSchema()
                        : JSON.createObjectNode().put("bsonType", BSON.get(f.itemType())));
            }
            parent.with("properties").set(parts[parts.length - 1], schema);
            if (f.required()) {
                parent.withArray("required").add(parts[parts.length - 1]);
            }
        }
        return root;
    }

    private static ObjectNode objectSchema() {
        ObjectNode o = JSON.createObjectNode().put("bsonType", "object");
        o.putObject("properties");
        return o;
    }

    static String mongosh(String name, MongoCollection m) {
        StringBuilder js = new StringBuilder("// MongoDB collection ").append(name)
                .append(": run with mongosh <connection-string> ").append(fileName(name)).append(".js\n");
        js.append("db.createCollection(").append(quote(name)).append(", {\n  validator: { $jsonSchema: ")
                .append(write(jsonSchema(m)).replace("\n", "\n  ")).append(" },\n  validationLevel: \"strict\",\n"
                        + "  validationAction: \"error\"\n});\n");
        js.append(createIndexes(name, m));
        if (!m.shardKey().isEmpty()) {
            js.append("// on a sharded cluster:\n// ").append(shardCollection(name, m)).append('\n');
        }
        return js.toString();
    }

    /** The {@code createIndex} calls of the collection's indexes, one a line. */
    static String createIndexes(String name, MongoCollection m) {
        StringBuilder js = new StringBuilder();
        for (MongoCollection.MongoIndex i : m.indexes()) {
            ObjectNode keys = JSON.createObjectNode();
            for (MongoCollection.Key k : i.keys()) {
                if ("text".equals(k.order())) {
                    keys.put(k.field(), "text");
                } else {
                    keys.put(k.field(), Integer.parseInt(k.order()));
                }
            }
            ObjectNode options = JSON.createObjectNode().put("name", i.name());
            if (i.unique()) {
                options.put("unique", true);
            }
            if (i.ttlSeconds() != null) {
                options.put("expireAfterSeconds", i.ttlSeconds());
            }
            if (i.partialFilter() != null) {
                try {
                    options.set("partialFilterExpression", JSON.readTree(i.partialFilter()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("validated as JSON on save", e);
                }
            }
            js.append("db.getCollection(").append(quote(name)).append(").createIndex(").append(keys.toString())
                    .append(", ").append(options.toString()).append(");\n");
        }
        return js.toString();
    }

    /** The {@code sh.shardCollection} call for a collection with a shard key. */
    static String shardCollection(String name, MongoCollection m) {
        ObjectNode key = JSON.createObjectNode();
        m.shardKey().forEach(f -> {
            if (m.hashedShardKey()) {
                key.put(f, "hashed");
            } else {
                key.put(f, 1);
            }
        });
        return "sh.shardCollection(db.getName() + \".\" + " + quote(name) + ", " + key + ");";
    }

    /** The index's {@code mappings} body: {@code PUT /<index>} with it creates the index. */
    public static ObjectNode mapping(SearchIndexMapping s) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode mappings = root.putObject("mappings").put("dynamic", "strict");
        for (SearchIndexMapping.Field f : s.fields()) {
            ObjectNode parent = mappings;
            String[] parts = f.path().split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                ObjectNode props = parent.with("properties");
                ObjectNode next = (ObjectNode) props.get(parts[i]);
                if (next == null) {
                    next = props.putObject(parts[i]).put("type", "object");
                }
                parent = next;
            }
            ObjectNode field = parent.with("properties").putObject(parts[parts.length - 1]).put("type", f.type());
            if (f.analyzer() != null) {
                field.put("analyzer", f.analyzer());
            }
        }
        return root;
    }

    static String redisCatalogue(List<NoSqlElement> keys) {
        StringBuilder md = new StringBuilder("# Redis key catalogue\n\n| Name | Key | Type | TTL | Eviction | "
                + "Invalidated when | Serves |\n|---|---|---|---|---|---|---|\n");
        for (NoSqlElement e : keys) {
            RedisKeyPattern r = (RedisKeyPattern) e.spec();
            md.append("| ").append(cell(e.name())).append(" | `").append(r.keyTemplate().replace("`", "'"))
                    .append("` | ").append(r.dataType()).append(" | ")
                    .append(cell(r.ttlSeconds() != null ? r.ttlSeconds() + " s"
                            : "none: " + (r.noTtlReason() == null ? "(no reason given)" : r.noTtlReason())))
                    .append(" | ").append(cell(r.eviction())).append(" | ").append(cell(r.invalidation()))
                    .append(" | ").append(cell(r.servesQuery())).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String quote(String s) {
        return JSON.getNodeFactory().textNode(s).toString();
    }

    static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
