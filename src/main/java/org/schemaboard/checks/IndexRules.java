package org.schemaboard.checks;

import static org.schemaboard.checks.Rule.Category.INDEXING;
import static org.schemaboard.spec.SpecificationChecklist.Item.INDEX_RATIONALE;
import static org.schemaboard.spec.SpecificationChecklist.Item.QUERY_PATTERNS;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.Relationship;

/** Indexes: the ones missing, the ones doubled and the ones nobody uses. */
final class IndexRules {

    /** More indexes than this on a write-heavy entity is a warning. */
    static final int WRITE_HEAVY_INDEX_LIMIT = 5;

    static final Rule FK_WITHOUT_INDEX = Rule.warning("fk-without-index", INDEXING, QUERY_PATTERNS,
            "Foreign key whose columns are not indexed", "Joins from the parent and every delete of a parent row "
                    + "scan the whole child table (and lock more than they need).",
            "Add an index whose leading columns are the foreign key columns.");
    static final Rule DUPLICATE = Rule.warning("duplicate-index", INDEXING, QUERY_PATTERNS,
            "Duplicate index", "Two identical indexes double the write cost and the storage for no read gain.",
            "Delete one of them.");
    static final Rule PREFIX = Rule.warning("redundant-prefix-index", INDEXING, QUERY_PATTERNS,
            "Index that is a prefix of another", "The longer index serves every query the shorter one does; the "
                    + "shorter one only costs writes.", "Delete the shorter index (keep it only if it is unique).");
    static final Rule UNIQUE_PK = Rule.warning("unique-index-duplicates-pk", INDEXING, QUERY_PATTERNS,
            "Unique index duplicating the primary key", "The primary key is already unique and indexed.",
            "Delete the unique index.");
    static final Rule PARTIAL_COLUMN = Rule.error("partial-index-unknown-column", INDEXING, QUERY_PATTERNS,
            "Partial index predicate names an unknown column", "The index cannot be created.",
            "Correct the predicate to use the entity's own columns.");
    static final Rule WRITE_HEAVY = Rule.warning("too-many-indexes-write-heavy", INDEXING, QUERY_PATTERNS,
            "Many indexes on a write-heavy entity", "Every insert and update maintains every index; on a "
                    + "write-heavy table that is the bottleneck.", "Drop or merge the indexes no read pattern needs.");
    static final Rule UNUSED = Rule.info("index-unused", INDEXING, null, "Index no query pattern uses",
            "An index nobody reads through costs writes and storage; it may also mean a query pattern is missing.",
            "Link it to the query patterns it serves, or delete it.");
    static final Rule NO_RATIONALE = Rule.warning("index-without-rationale", INDEXING, INDEX_RATIONALE,
            "Index without rationale", "The brief asks for a rationale per index; without one nobody dares drop it.",
            "Write why the index exists and what it costs.");
    static final Rule NO_INDEXES = Rule.warning("no-indexes", INDEXING, INDEX_RATIONALE,
            "Design without indexes", "No indexing strategy is a red flag of the brief.",
            "Add the indexes the query patterns need.");
    static final Rule NO_PATTERNS = Rule.warning("no-query-patterns", INDEXING, QUERY_PATTERNS,
            "Design without query patterns", "A schema cannot be optimised for queries nobody named.",
            "Write down the main query patterns with their frequency and latency target.");
    static final Rule PATTERN_UNINDEXED = Rule.warning("query-pattern-without-index", INDEXING, QUERY_PATTERNS,
            "Query pattern served by no index", "An unindexed query pattern is a red flag of the brief: it scans.",
            "Link the index that serves it, or add one.");
    static final Rule METHOD = Rule.error("index-method-unsupported", INDEXING, QUERY_PATTERNS,
            "Index method the target database lacks", "The DDL will not run on the target database.",
            "Choose a method the database offers (btree is everywhere).");

    static final List<Rule> ALL = List.of(FK_WITHOUT_INDEX, DUPLICATE, PREFIX, UNIQUE_PK, PARTIAL_COLUMN, WRITE_HEAVY,
            UNUSED, NO_RATIONALE, NO_INDEXES, NO_PATTERNS, PATTERN_UNINDEXED, METHOD);

    private static final Pattern WRITE = Pattern.compile("^\\s*(INSERT|UPDATE|DELETE|MERGE|UPSERT|REPLACE)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTIFIER = Pattern.compile("'(?:[^']|'')*'|\"([^\"]+)\"|([A-Za-z_][A-Za-z0-9_$.]*)(\\s*\\()?");
    private static final Set<String> PREDICATE_WORDS = Set.of("and", "or", "not", "null", "is", "true", "false", "in",
            "like", "ilike", "between", "exists", "case", "when", "then", "else", "end", "current_date",
            "current_timestamp", "now", "interval", "distinct", "from", "any", "all", "some", "escape", "similar", "to",
            "unknown", "localtimestamp", "current_time", "date", "timestamp", "time", "with", "zone", "without", "cast",
            "as", "text", "varchar", "integer", "int", "bigint", "boolean", "numeric", "decimal", "uuid", "jsonb");

    private IndexRules() {
    }

    static void check(Findings f) {
        if (!f.model.entities().isEmpty() && f.model.indexes().isEmpty()) {
            f.design(NO_INDEXES, "The design has no indexes");
        }
        if (!f.model.entities().isEmpty() && f.model.queryPatterns().isEmpty()) {
            f.design(NO_PATTERNS, "The design has no query patterns");
        }
        Set<UUID> used = new HashSet<>();
        f.model.queryPatterns().forEach(q -> used.addAll(q.indexIds()));
        Set<UUID> served = new HashSet<>();
        for (Index i : f.model.indexes()) {
            served.addAll(i.queryPatternIds());
            if (!i.queryPatternIds().isEmpty()) {
                used.add(i.id());
            }
        }
        for (QueryPattern q : f.model.queryPatterns()) {
            if (q.indexIds().isEmpty() && !served.contains(q.id())) {
                f.pattern(PATTERN_UNINDEXED, q, "No index serves the query pattern \"" + q.name() + "\"");
            }
        }
        for (Entity e : f.model.entities()) {
            entity(f, e, used);
        }
        for (Relationship r : f.model.relationships()) {
            foreignKey(f, r);
        }
        writeHeavy(f);
    }

    private static void entity(Findings f, Entity e, Set<UUID> used) {
        List<Index> indexes = f.indexesOf(e.id());
        List<UUID> pk = f.primaryKey(e).stream().map(Attribute::id).toList();
        for (int n = 0; n < indexes.size(); n++) {
            Index i = indexes.get(n);
            if (i.rationale() == null || i.rationale().isBlank()) {
                f.index(NO_RATIONALE, i, "The index " + i.name() + " on " + e.name() + " has no rationale");
            }
            if (!i.method().availableFor(f.model.targetDatabase())) {
                f.index(METHOD, i, f.model.targetDatabase().label() + " has no " + i.method().label()
                        + " indexes (" + i.name() + ")");
            }
            if (!i.unique() && !used.contains(i.id())) {
                f.index(UNUSED, i, "No query pattern uses the index " + i.name());
            }
            if (i.unique() && !i.partial() && !pk.isEmpty() && columnIds(i).size() == pk.size()
                    && Set.copyOf(columnIds(i)).equals(Set.copyOf(pk))) {
                f.index(UNIQUE_PK, i, "The unique index " + i.name() + " repeats the primary key of " + e.name());
            }
            if (i.partial()) {
                unknownColumns(i.predicate(), e).forEach(name -> f.index(PARTIAL_COLUMN, i, "The predicate of "
                        + i.name() + " names " + name + ", which is not a column of " + e.name()));
            }
            for (int m = 0; m < indexes.size(); m++) {
                Index other = indexes.get(m);
                if (m == n || !comparable(i, other)) {
                    continue;
                }
                if (i.columns().equals(other.columns()) && i.unique() == other.unique()) {
                    if (m < n) {
                        f.index(DUPLICATE, i, "The index " + i.name() + " has the same columns as " + other.name());
                    }
                } else if (!i.unique() && i.columns().size() < other.columns().size()
                        && other.columns().subList(0, i.columns().size()).equals(i.columns())) {
                    f.index(PREFIX, i, "The index " + i.name() + " is a prefix of " + other.name());
                }
            }
        }
    }

    /** Two indexes that could stand in for each other: same method, same predicate. */
    private static boolean comparable(Index a, Index b) {
        return a.method() == b.method() && Objects.equals(blankToNull(a.predicate()), blankToNull(b.predicate()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static List<UUID> columnIds(Index i) {
        return i.columns().stream().map(Index.IndexColumn::attributeId).toList();
    }

    /** The identifiers of a predicate that are neither the entity's columns, keywords nor functions. */
    static List<String> unknownColumns(String predicate, Entity e) {
        Set<String> columns = e.attributes().stream().map(a -> a.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> unknown = new java.util.LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(predicate);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (name == null || m.group(3) != null) {
                continue; // a string literal or a function call
            }
            String bare = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
            String lower = bare.toLowerCase(Locale.ROOT);
            if (!columns.contains(lower) && (m.group(1) != null || !PREDICATE_WORDS.contains(lower))) {
                unknown.add(bare);
            }
        }
        return List.copyOf(unknown);
    }

    private static void foreignKey(Findings f, Relationship r) {
        if (r.cardinality() == Cardinality.MANY_TO_MANY || r.columns().isEmpty()) {
            return;
        }
        Entity to = f.entities.get(r.toEntityId());
        if (to == null) {
            return;
        }
        Set<UUID> fk = r.columns().stream().map(Relationship.ColumnPair::toAttributeId).collect(Collectors.toSet());
        if (leads(f.primaryKey(to).stream().map(Attribute::id).toList(), fk)) {
            return;
        }
        if (fk.size() == 1 && to.attribute(fk.iterator().next()).map(Attribute::unique).orElse(false)) {
            return;
        }
        for (Index i : f.indexesOf(to.id())) {
            if (!i.partial() && leads(columnIds(i), fk)) {
                return;
            }
        }
        f.relationship(FK_WITHOUT_INDEX, r, "The foreign key " + to.name() + " (" + r.columns().stream()
                .map(p -> f.column(p.toAttributeId()).substring(to.name().length() + 1))
                .collect(Collectors.joining(", ")) + ") of " + f.relationshipName(r) + " has no index");
    }

    /** Whether the first columns of {@code columns} are exactly {@code wanted}, in any order. */
    private static boolean leads(List<UUID> columns, Set<UUID> wanted) {
        return columns.size() >= wanted.size() && Set.copyOf(columns.subList(0, wanted.size())).equals(wanted);
    }

    /** Entities written at least as often as they are read, per second, with more than the limit of indexes. */
    private static void writeHeavy(Findings f) {
        java.util.Map<UUID, double[]> rates = new java.util.HashMap<>();
        for (QueryPattern q : f.model.queryPatterns()) {
            boolean write = isWrite(q.sql());
            double perSecond = q.frequency() == null || q.frequencyUnit() == null ? 0
                    : q.frequency().divide(BigDecimal.valueOf(q.frequencyUnit().seconds()), java.math.MathContext.DECIMAL64)
                    .doubleValue();
            for (UUID entityId : q.entityIds()) {
                rates.computeIfAbsent(entityId, k -> new double[2])[write ? 1 : 0] += perSecond;
            }
        }
        for (Entity e : f.model.entities()) {
            double[] rate = rates.get(e.id());
            int count = f.indexesOf(e.id()).size();
            if (rate != null && rate[1] > 0 && rate[1] >= rate[0] && count > WRITE_HEAVY_INDEX_LIMIT) {
                f.entity(WRITE_HEAVY, e, e.name() + " has " + count + " indexes but is written at least as often "
                        + "as it is read");
            }
        }
    }

    static boolean isWrite(String sql) {
        return sql != null && WRITE.matcher(sql).find();
    }
}
