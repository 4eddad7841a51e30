package org.schemaboard.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.nosql.MongoCollection;
import org.schemaboard.model.nosql.NoSqlElement;
import org.schemaboard.model.nosql.RedisKeyPattern;
import org.schemaboard.model.nosql.SearchIndexMapping;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.SpecSection;

/**
 * The NoSQL elements' rules: an index names fields the collection declares, a TTL index is on a date field, a shard key
 * is indexed, a key pattern expires or says why not. A pure function of the elements.
 */
final class NoSqlRules {

    static final Rule INDEX_FIELD = Rule.error("nosql-index-field-missing", Rule.Category.INDEXING, null,
            "Index on a field the collection does not declare", "The index serves nothing, or the field list is "
                    + "incomplete and the validator refuses documents that have it.",
            "Declare the field in the collection, or correct the index key.").in(SpecSection.NOSQL);
    static final Rule TTL_DATE = Rule.error("nosql-ttl-not-date", Rule.Category.INDEXING, null,
            "TTL index on a field that is not a date", "MongoDB only expires documents by a date field; the index "
                    + "removes nothing.", "Put the TTL on a date field, or drop the TTL.").in(SpecSection.NOSQL);
    static final Rule TTL_SINGLE = Rule.error("nosql-ttl-compound", Rule.Category.INDEXING, null,
            "TTL on a compound index", "MongoDB ignores a TTL on a compound index.",
            "Make the TTL index a single-field index.").in(SpecSection.NOSQL);
    static final Rule SHARD_INDEXED = Rule.error("nosql-shard-key-unindexed", Rule.Category.SCALABILITY, null,
            "Shard key without an index", "MongoDB refuses to shard a collection unless an index starts with the "
                    + "shard key.", "Add an index whose keys start with the shard key fields.").in(SpecSection.NOSQL);
    static final Rule KEY_TTL = Rule.warning("nosql-key-without-ttl", Rule.Category.SCALABILITY, null,
            "Redis key pattern without TTL or reason", "Keys that never expire grow until eviction drops them at "
                    + "random, or memory runs out.", "Give a TTL, or say why the keys do not expire.")
            .in(SpecSection.NOSQL);
    static final Rule SEARCH_FIELDS = Rule.warning("nosql-search-mapping-empty", Rule.Category.INDEXING, null,
            "Search index mapping without fields", "Dynamic mapping guesses types; the guesses are hard to undo.",
            "Map the fields the searches use.").in(SpecSection.NOSQL);

    static final List<Rule> ALL = List.of(INDEX_FIELD, TTL_DATE, TTL_SINGLE, SHARD_INDEXED, KEY_TTL, SEARCH_FIELDS);

    private NoSqlRules() {
    }

    static List<Check> check(List<NoSqlElement> elements) {
        List<Check> out = new ArrayList<>();
        for (NoSqlElement e : elements) {
            if (e.spec() instanceof MongoCollection m) {
                mongo(e, m, out);
            } else if (e.spec() instanceof RedisKeyPattern r) {
                if (r.ttlSeconds() == null && r.noTtlReason() == null) {
                    out.add(finding(KEY_TTL, e, r.keyTemplate() + " has no TTL and no reason for keeping its keys "
                            + "forever."));
                }
            } else if (e.spec() instanceof SearchIndexMapping s && s.fields().isEmpty()) {
                out.add(finding(SEARCH_FIELDS, e, "The mapping of " + e.name() + " lists no fields."));
            }
        }
        return out;
    }

    private static void mongo(NoSqlElement e, MongoCollection m, List<Check> out) {
        Set<String> declared = new HashSet<>();
        m.fields().forEach(f -> declared.add(f.path()));
        for (MongoCollection.MongoIndex index : m.indexes()) {
            for (MongoCollection.Key key : index.keys()) {
                if (!declared.contains(key.field())) {
                    out.add(finding(INDEX_FIELD, e, "The index " + index.name() + " names " + key.field()
                            + ", which " + e.name() + " does not declare."));
                }
            }
            if (index.ttlSeconds() != null) {
                if (index.keys().size() > 1) {
                    out.add(finding(TTL_SINGLE, e, "The TTL index " + index.name() + " has "
                            + index.keys().size() + " keys."));
                } else if (index.keys().size() == 1) {
                    String field = index.keys().get(0).field();
                    boolean date = m.field(field).map(f -> "date".equals(f.type())
                            || "array".equals(f.type()) && "date".equals(f.itemType())).orElse(false);
                    if (!date && declared.contains(field)) {
                        out.add(finding(TTL_DATE, e, "The TTL index " + index.name() + " is on " + field
                                + ", which is not a date."));
                    }
                }
            }
        }
        if (!m.shardKey().isEmpty() && m.indexes().stream().noneMatch(i -> startsWith(i, m.shardKey()))) {
            out.add(finding(SHARD_INDEXED, e, "No index of " + e.name() + " starts with the shard key "
                    + String.join(", ", m.shardKey()) + "."));
        }
    }

    private static boolean startsWith(MongoCollection.MongoIndex index, List<String> prefix) {
        if (index.keys().size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!index.keys().get(i).field().equals(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Check finding(Rule rule, NoSqlElement e, String message) {
        return new Check(rule.id(), rule.severity(), ElementType.NOSQL_ELEMENT, e.id(), null, e.name(), message,
                rule.fix(), rule.why(), rule.section(), rule.item());
    }
}
