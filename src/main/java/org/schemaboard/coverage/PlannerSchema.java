package org.schemaboard.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;

/**
 * The part of a design's schema the planner needs for its query patterns: the tables their SQL names (or that they are
 * linked to) with those tables' indexes, and nothing else. A plan reads only the tables its statement names, and the
 * throwaway schema has no foreign keys, so the plans are the same as on the whole schema; building 2,000 tables for
 * 100 patterns that touch 150 of them is what made coverage take seconds.
 */
final class PlannerSchema {

    private PlannerSchema() {
    }

    /** The model with only the entities the patterns can read and their indexes; no relationships, no patterns. */
    static DesignModel touched(DesignModel model) {
        Set<String> words = new HashSet<>();
        Set<UUID> linked = new HashSet<>();
        StringBuilder all = new StringBuilder();
        for (QueryPattern q : model.queryPatterns()) {
            linked.addAll(q.entityIds());
            if (q.sql() != null) {
                String lower = q.sql().toLowerCase(Locale.ROOT);
                words(lower, words);
                all.append(lower).append('\n');
            }
        }
        String sql = all.toString();
        List<Entity> entities = model.entities().stream().filter(e -> linked.contains(e.id())
                || named(e.name().toLowerCase(Locale.ROOT), words, sql)).toList();
        Set<UUID> kept = new HashSet<>();
        entities.forEach(e -> kept.add(e.id()));
        return new DesignModel(model.designId(), model.name(), model.targetDatabase(), model.description(), entities,
                List.of(), model.indexes().stream().filter(i -> kept.contains(i.entityId())).toList(), List.of());
    }

    /**
     * The tables each pattern can read (in the model's order), by position of the pattern: those its SQL names and
     * those it is linked to. Their union is {@link #touched}'s entities; one pattern's plan depends on its own only.
     */
    static List<List<Entity>> touchedBy(DesignModel model) {
        Map<String, List<Entity>> plain = new HashMap<>(model.entities().size() * 2);
        List<Entity> quoted = new ArrayList<>();
        Map<UUID, Integer> position = new HashMap<>(model.entities().size() * 2);
        for (Entity e : model.entities()) {
            String name = e.name().toLowerCase(Locale.ROOT);
            position.put(e.id(), position.size());
            if (plain(name)) {
                plain.computeIfAbsent(name, k -> new ArrayList<>(1)).add(e);
            } else {
                quoted.add(e);
            }
        }
        List<List<Entity>> all = new ArrayList<>(model.queryPatterns().size());
        for (QueryPattern q : model.queryPatterns()) {
            Map<Integer, Entity> found = new java.util.TreeMap<>();
            for (UUID id : q.entityIds()) {
                Integer at = position.get(id);
                if (at != null) {
                    found.put(at, model.entities().get(at));
                }
            }
            if (q.sql() != null) {
                String lower = q.sql().toLowerCase(Locale.ROOT);
                Set<String> words = new HashSet<>();
                words(lower, words);
                for (String w : words) {
                    for (Entity e : plain.getOrDefault(w, List.of())) {
                        found.put(position.get(e.id()), e);
                    }
                }
                for (Entity e : quoted) {
                    String name = e.name().toLowerCase(Locale.ROOT);
                    if (words.contains(name) || lower.contains(name)) {
                        found.put(position.get(e.id()), e);
                    }
                }
            }
            all.add(List.copyOf(found.values()));
        }
        return all;
    }

    /** The model with only {@code entities} (in the model's order) and their indexes: the schema to build. */
    static DesignModel only(DesignModel model, List<Entity> entities) {
        Set<UUID> kept = new HashSet<>();
        entities.forEach(e -> kept.add(e.id()));
        return new DesignModel(model.designId(), model.name(), model.targetDatabase(), model.description(), entities,
                List.of(), model.indexes().stream().filter(i -> kept.contains(i.entityId())).toList(), List.of());
    }

    /**
     * Whether every table, index and generated key or check name of the tables the patterns read is unique (no case
     * told apart) and short enough for H2: then the DDL gives each table the same names whichever other tables are
     * built beside it, and a pattern's plan depends on its own tables only. The DDL names a primary key
     * {@code pk_<table>}, a unique column {@code uq_<table>_<column>}, a check {@code ck_<table>_<column>} (and
     * {@code …_values}); a clash gets a suffix in the order the tables are written, so with one, a plan made on
     * some of the tables may name another constraint than one made on all of them. Only the columns the DDL names a
     * constraint after count: designers name unique indexes {@code uq_<table>_<column>}, and {@code order_item.x} and
     * {@code order.item_x} are apart until both are unique.
     */
    static boolean namesApart(DesignModel model, List<Entity> touched) {
        Set<String> tables = new HashSet<>(model.entities().size() * 2);
        for (Entity e : model.entities()) {
            if (!tables.add(e.name().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        // <table>_<column> of the columns the DDL names a constraint after: unique ones (uq_…), checked ones (ck_…,
        // and ck_…_values for an ENUM's list of values); each set's names must be apart, as uq_ and ck_ never meet
        Map<String, UUID> uniqueColumns = new HashMap<>();
        Set<String> checkedColumns = new HashSet<>();
        int longest = 0;
        for (Entity e : touched) {
            String table = e.name().toLowerCase(Locale.ROOT);
            longest = Math.max(longest, table.length());
            boolean singleKey = e.attributes().stream().filter(Attribute::primaryKey).count() == 1;
            for (Attribute a : e.attributes()) {
                boolean unique = a.unique() && !(a.primaryKey() && singleKey);
                boolean checked = (a.checkExpression() != null && !a.checkExpression().isBlank())
                        || (a.dataType() != null && (a.dataType().toUpperCase(Locale.ROOT).contains("ENUM")
                        || a.dataType().indexOf('\'') >= 0));
                if (!unique && !checked) {
                    continue;
                }
                String column = table + "_" + a.name().toLowerCase(Locale.ROOT);
                longest = Math.max(longest, column.length());
                if ((unique && uniqueColumns.put(column, e.id()) != null)
                        || (checked && !checkedColumns.add(column))) {
                    return false;
                }
            }
        }
        if (longest + "ck__values".length() > H2_IDENTIFIER_LIMIT) {
            return false;
        }
        for (String column : checkedColumns) {
            if (column.endsWith(VALUES)
                    && checkedColumns.contains(column.substring(0, column.length() - VALUES.length()))) {
                return false;
            }
        }
        Set<String> names = new HashSet<>(tables);
        for (Index i : model.indexes()) {
            String name = i.name().toLowerCase(Locale.ROOT);
            if (name.length() + 2 > H2_IDENTIFIER_LIMIT || !names.add(name)) {
                return false;
            }
        }
        for (Index i : model.indexes()) {
            String name = i.name().toLowerCase(Locale.ROOT);
            String rest = name.length() > 3 ? name.substring(3) : "";
            if (name.startsWith("uq_") && uniqueColumns.containsKey(rest)) {
                // a unique index named as its own table's unique column's key: the index keeps the name and the key
                // becomes <name>_2 in every schema with that table, as long as nothing else can be called so
                String second = rest + "_2";
                if (!i.entityId().equals(uniqueColumns.get(rest)) || names.contains("uq_" + second)
                        || uniqueColumns.containsKey(second)) {
                    return false;
                }
            }
        }
        for (String name : names) {
            String rest = name.length() > 3 ? name.substring(3) : "";
            if ((name.startsWith("pk_") && tables.contains(rest))
                    || (name.startsWith("uq_") && tables.contains(name) && uniqueColumns.containsKey(rest))
                    || (name.startsWith("ck_") && (checkedColumns.contains(rest) || (rest.endsWith(VALUES)
                    && checkedColumns.contains(rest.substring(0, rest.length() - VALUES.length())))))) {
                return false;
            }
        }
        return true;
    }

    private static final int H2_IDENTIFIER_LIMIT = 256;
    private static final String VALUES = "_values";

    /** A plain name is one word of the SQL; a name that needs quotes ("order items") is looked for as it is. */
    private static boolean named(String name, Set<String> words, String sql) {
        return words.contains(name) || (!plain(name) && sql.contains(name));
    }

    /** Every identifier-like word of the SQL: schema-qualified names count by each of their parts. */
    static void words(String sql, Set<String> into) {
        int start = -1;
        for (int i = 0; i <= sql.length(); i++) {
            boolean part = i < sql.length() && identifierPart(sql.charAt(i));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                into.add(sql.substring(start, i));
                start = -1;
            }
        }
    }

    private static boolean plain(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> identifierPart((char) c));
    }

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
