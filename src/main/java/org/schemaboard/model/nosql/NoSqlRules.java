package org.schemaboard.model.nosql;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.schemaboard.base.ValidationException;

/**
 * What a NoSQL element must be to be saved: a name, known types, index key orders and a partial filter that is a JSON
 * object. Whether an index names fields that exist and the like are design checks (a finding, not a refusal).
 */
public final class NoSqlRules {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("[A-Za-z_][\\w]*(\\.[A-Za-z_][\\w]*)*");

    private NoSqlRules() {
    }

    /** The draft tidied (names stripped, blanks made null), or a {@link ValidationException} naming each problem. */
    public static NoSqlDraft validate(NoSqlDraft d, Predicate<String> nameTaken) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty()) {
            errors.put("name", "Give the element a name.");
        } else if (name.length() > 200) {
            errors.put("name", "The name is longer than 200 characters.");
        } else if (nameTaken.test(name)) {
            errors.put("name", "This design already has a NoSQL element named " + name + ".");
        }
        NoSqlSpec spec = d.spec();
        if (spec == null) {
            errors.put("kind", "Say whether it is a MongoDB collection, a Redis key pattern or a search index.");
            throw new ValidationException(errors);
        }
        NoSqlSpec clean;
        if (spec instanceof MongoCollection m) {
            clean = mongo(m, errors);
        } else if (spec instanceof RedisKeyPattern r) {
            clean = redis(r, errors);
        } else {
            clean = search((SearchIndexMapping) spec, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new NoSqlDraft(name, clean);
    }

    private static MongoCollection mongo(MongoCollection m, Map<String, String> errors) {
        List<MongoCollection.Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < m.fields().size(); n++) {
            MongoCollection.Field f = m.fields().get(n);
            String at = "fields[" + n + "].";
            String path = strip(f.path());
            if (path == null || !PATH.matcher(path).matches()) {
                errors.putIfAbsent(at + "path", "The field path \"" + (path == null ? "" : path)
                        + "\" is not a dotted path of names (letters, digits, _), e.g. address.city.");
                continue;
            }
            if (!seen.add(path)) {
                errors.putIfAbsent(at + "path", "The field " + path + " is declared twice.");
            }
            String type = strip(f.type());
            if (!MongoCollection.TYPES.contains(type)) {
                errors.putIfAbsent(at + "type", "The field " + path + " has type \"" + type + "\"; use one of "
                        + String.join(", ", MongoCollection.TYPES) + ".");
            }
            String item = "array".equals(type) ? strip(f.itemType()) : null;
            if (item != null && !MongoCollection.TYPES.contains(item)) {
                errors.putIfAbsent(at + "itemType", "The array " + path + " has items of type \"" + item
                        + "\"; use one of " + String.join(", ", MongoCollection.TYPES) + ".");
            }
            fields.add(new MongoCollection.Field(path, type, item, f.required()));
        }
        List<MongoCollection.MongoIndex> indexes = new ArrayList<>();
        for (int n = 0; n < m.indexes().size(); n++) {
            MongoCollection.MongoIndex i = m.indexes().get(n);
            String at = "indexes[" + n + "].";
            String iname = strip(i.name());
            if (iname == null) {
                errors.putIfAbsent(at + "name", "Give every index a name.");
            }
            if (i.keys().isEmpty()) {
                errors.putIfAbsent(at + "keys", "The index " + iname + " has no keys.");
            }
            List<MongoCollection.Key> keys = new ArrayList<>();
            for (MongoCollection.Key k : i.keys()) {
                String field = strip(k.field());
                String order = strip(k.order());
                if (field == null || !PATH.matcher(field).matches()) {
                    errors.putIfAbsent(at + "keys", "The index " + iname + " has a key \"" + (field == null ? ""
                            : field) + "\" that is not a field path.");
                }
                if (!List.of("1", "-1", "text").contains(order)) {
                    errors.putIfAbsent(at + "keys", "The index " + iname + " orders a key by \"" + order
                            + "\"; use 1, -1 or text.");
                }
                keys.add(new MongoCollection.Key(field, order));
            }
            if (i.ttlSeconds() != null && i.ttlSeconds() < 0) {
                errors.putIfAbsent(at + "ttlSeconds", "The TTL of index " + iname + " is negative.");
            }
            String filter = strip(i.partialFilter());
            if (filter != null && !isJsonObject(filter)) {
                errors.putIfAbsent(at + "partialFilter", "The partial filter of index " + iname
                        + " is not a JSON object, e.g. {\"status\": \"active\"}.");
            }
            indexes.add(new MongoCollection.MongoIndex(iname, keys, i.unique(), i.ttlSeconds(), filter));
        }
        List<String> shard = m.shardKey().stream().map(NoSqlRules::strip).filter(s -> s != null).toList();
        shard.stream().filter(s -> !PATH.matcher(s).matches()).findFirst().ifPresent(s -> errors.put("shardKey",
                "The shard key names \"" + s + "\", which is not a field path."));
        return new MongoCollection(fields, indexes, shard, m.hashedShardKey() && !shard.isEmpty());
    }

    private static RedisKeyPattern redis(RedisKeyPattern r, Map<String, String> errors) {
        String template = strip(r.keyTemplate());
        if (template == null) {
            errors.put("keyTemplate", "Give the key template, e.g. product:{id}.");
        } else if (template.contains(" ")) {
            errors.put("keyTemplate", "A key template has no spaces: " + template);
        }
        String type = strip(r.dataType());
        if (!RedisKeyPattern.DATA_TYPES.contains(type)) {
            errors.put("dataType", "Use one of " + String.join(", ", RedisKeyPattern.DATA_TYPES) + ".");
        }
        if (r.ttlSeconds() != null && r.ttlSeconds() <= 0) {
            errors.put("ttlSeconds", "A TTL is a positive number of seconds; leave it empty for no TTL.");
        }
        return new RedisKeyPattern(template, type, r.ttlSeconds(), strip(r.noTtlReason()), strip(r.eviction()),
                strip(r.invalidation()), strip(r.servesQuery()));
    }

    private static SearchIndexMapping search(SearchIndexMapping s, Map<String, String> errors) {
        List<SearchIndexMapping.Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < s.fields().size(); n++) {
            SearchIndexMapping.Field f = s.fields().get(n);
            String at = "fields[" + n + "].";
            String path = strip(f.path());
            if (path == null || !PATH.matcher(path).matches()) {
                errors.putIfAbsent(at + "path", "The field path \"" + (path == null ? "" : path)
                        + "\" is not a dotted path of names.");
                continue;
            }
            if (!seen.add(path)) {
                errors.putIfAbsent(at + "path", "The field " + path + " is mapped twice.");
            }
            String type = strip(f.type());
            if (!SearchIndexMapping.TYPES.contains(type)) {
                errors.putIfAbsent(at + "type", "The field " + path + " has type \"" + type + "\"; use one of "
                        + String.join(", ", SearchIndexMapping.TYPES) + ".");
            }
            String analyzer = strip(f.analyzer());
            if (analyzer != null && !"text".equals(type)) {
                errors.putIfAbsent(at + "analyzer", "Only a text field has an analyzer (" + path + " is " + type
                        + ").");
            }
            fields.add(new SearchIndexMapping.Field(path, type, analyzer));
        }
        return new SearchIndexMapping(fields);
    }

    private static boolean isJsonObject(String text) {
        try {
            return JSON.readTree(text).isObject();
        } catch (Exception e) {
            return false;
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
