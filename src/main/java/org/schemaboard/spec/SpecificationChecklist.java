package org.schemaboard.spec;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;

/**
 * The brief's validation checklist for one design: items the model can judge are computed (with the evidence), the
 * others are ticked by hand and show what the related section holds, as a hint. A pure function.
 */
public final class SpecificationChecklist {

    private static final int EXAMPLES = 4;

    /** The brief's checklist items, in its order. */
    public enum Item {
        DATA_MODEL("data-model", "Complete data model with all entities and relationships defined", true),
        QUERY_PATTERNS("query-patterns", "Database schema optimized for identified query patterns", true),
        INDEX_RATIONALE("index-rationale", "Indexing strategy documented with performance rationale", true),
        SCALABILITY("scalability", "Scalability approach defined with specific implementation plans", true),
        MIGRATION("migration", "Migration strategy includes rollback procedures and integrity verification", false),
        INTEGRITY("integrity", "Data integrity constraints implemented at appropriate levels", true),
        BACKUP("backup", "Backup and recovery procedures documented and tested", false),
        NOSQL("nosql", "NoSQL integration patterns defined where applicable", false),
        MONITORING("monitoring", "Monitoring and alerting strategy covers all critical metrics", false);

        private final String key;
        private final String text;
        private final boolean computed;

        Item(String key, String text, boolean computed) {
            this.key = key;
            this.text = text;
            this.computed = computed;
        }

        public String key() {
            return key;
        }

        public String text() {
            return text;
        }

        /** Whether the model decides the item; otherwise a person ticks it. */
        public boolean computed() {
            return computed;
        }

        public static Optional<Item> byKey(String key) {
            return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
        }
    }

    /** @param done whether the item is met (computed) or ticked (by hand) */
    public record Result(Item item, boolean done, String evidence) {
    }

    private final DesignModel model;
    private final Specification spec;

    private SpecificationChecklist(DesignModel model, Specification spec) {
        this.model = model;
        this.spec = spec;
    }

    public static List<Result> evaluate(DesignModel model, Specification spec) {
        SpecificationChecklist c = new SpecificationChecklist(model, spec);
        return Arrays.stream(Item.values()).map(c::result).toList();
    }

    private Result result(Item item) {
        return switch (item) {
            case DATA_MODEL -> dataModel();
            case QUERY_PATTERNS -> queryPatterns();
            case INDEX_RATIONALE -> indexRationale();
            case SCALABILITY -> scalability();
            case INTEGRITY -> integrity();
            case MIGRATION -> manual(item, spec.migration().rollback() != null
                    ? "rollback rule written; " + items(spec.migration().deploymentChecklist().size(),
                    "deployment check") : "no rollback rule written yet (Migration strategy)");
            case BACKUP -> manual(item, filledHint(SpecSection.BACKUP));
            case NOSQL -> manual(item, spec.noSql().blocks().isEmpty() ? filledHint(SpecSection.NOSQL)
                    : items(spec.noSql().blocks().size(), "block") + " in NoSQL integration");
            case MONITORING -> manual(item, items(spec.monitoring().alerts().size(), "alert threshold")
                    + " in Monitoring");
        };
    }

    private Result dataModel() {
        List<Entity> entities = model.entities();
        if (entities.isEmpty()) {
            return new Result(Item.DATA_MODEL, false, "no entities yet");
        }
        List<String> noAttributes = entities.stream().filter(e -> e.attributes().isEmpty()).map(Entity::name)
                .toList();
        if (!noAttributes.isEmpty()) {
            return new Result(Item.DATA_MODEL, false, "without attributes: " + examples(noAttributes));
        }
        List<String> noKey = withoutPrimaryKey();
        if (!noKey.isEmpty()) {
            return new Result(Item.DATA_MODEL, false, "without a primary key: " + examples(noKey));
        }
        return new Result(Item.DATA_MODEL, true, items(entities.size(), "entity") + ", "
                + items(model.relationships().size(), "relationship"));
    }

    private Result queryPatterns() {
        List<QueryPattern> patterns = model.queryPatterns();
        if (patterns.isEmpty()) {
            return new Result(Item.QUERY_PATTERNS, false, "no query patterns yet");
        }
        Set<UUID> served = new HashSet<>();
        model.indexes().forEach(i -> served.addAll(i.queryPatternIds()));
        List<String> unindexed = patterns.stream().filter(q -> q.indexIds().isEmpty() && !served.contains(q.id()))
                .map(QueryPattern::name).toList();
        return unindexed.isEmpty()
                ? new Result(Item.QUERY_PATTERNS, true, "every query pattern is served by an index")
                : new Result(Item.QUERY_PATTERNS, false, "served by no index: " + examples(unindexed));
    }

    private Result indexRationale() {
        List<Index> indexes = model.indexes();
        if (indexes.isEmpty()) {
            return new Result(Item.INDEX_RATIONALE, false, "no indexes yet");
        }
        List<String> without = indexes.stream().filter(i -> i.rationale() == null || i.rationale().isBlank())
                .map(Index::name).toList();
        return without.isEmpty() ? new Result(Item.INDEX_RATIONALE, true, "every index has a rationale")
                : new Result(Item.INDEX_RATIONALE, false, "without a rationale: " + examples(without));
    }

    private Result scalability() {
        List<SpecSection> filled = SpecSection.inGroup(SpecSection.Group.SCALABILITY).stream()
                .filter(spec::filled).toList();
        if (filled.isEmpty()) {
            return new Result(Item.SCALABILITY, false, "no scalability plan written yet");
        }
        long problems = SpecificationChecks.scalability(model, spec).stream()
                .filter(c -> c.severity() == Check.Severity.PROBLEM).count();
        String plans = String.join(", ", filled.stream().map(s -> s.label().toLowerCase()).toList());
        return problems == 0 ? new Result(Item.SCALABILITY, true, plans)
                : new Result(Item.SCALABILITY, false, plans + "; " + items((int) problems, "problem")
                + " in the plan (see Scalability)");
    }

    private Result integrity() {
        List<String> noKey = withoutPrimaryKey();
        if (model.entities().isEmpty() || !noKey.isEmpty()) {
            return new Result(Item.INTEGRITY, false, model.entities().isEmpty() ? "no entities yet"
                    : "without a primary key: " + examples(noKey));
        }
        if (!spec.filled(SpecSection.INTEGRITY)) {
            return new Result(Item.INTEGRITY, false, "every table has a primary key; the database/application "
                    + "validation split is not written yet (Integrity and consistency)");
        }
        return new Result(Item.INTEGRITY, true, "every table has a primary key; validation split documented");
    }

    private Result manual(Item item, String hint) {
        return new Result(item, spec.checklistTicks().isTicked(item.key()), hint);
    }

    private String filledHint(SpecSection section) {
        return section.label() + (spec.filled(section) ? " is written" : " is still empty");
    }

    private List<String> withoutPrimaryKey() {
        return model.entities().stream().filter(e -> e.primaryKey().isEmpty()).map(Entity::name).toList();
    }

    private static String items(int count, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return count + " " + (count == 1 ? noun : plural);
    }

    private static String examples(List<String> all) {
        if (all.size() <= EXAMPLES) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, EXAMPLES)) + " and " + (all.size() - EXAMPLES) + " more";
    }
}
