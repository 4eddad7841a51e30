package org.schemaboard.coverage;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
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
