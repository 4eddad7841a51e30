package org.schemaboard.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.schemaboard.model.DesignModel;

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
    private final List<Check> findings;

    private SpecificationChecklist(DesignModel model, Specification spec, List<Check> findings) {
        this.model = model;
        this.spec = spec;
        this.findings = findings;
    }

    /**
     * The checklist. Computed items are met when the design checks found no error or warning counting against them
     * ({@link Check#item()}): the checks are the one evaluator, the checklist only groups their findings.
     *
     * @param findings the design checks' findings, suppressed ones already left out
     */
    public static List<Result> evaluate(DesignModel model, Specification spec, List<Check> findings) {
        SpecificationChecklist c = new SpecificationChecklist(model, spec, findings);
        return Arrays.stream(Item.values()).map(c::result).toList();
    }

    private Result result(Item item) {
        return switch (item) {
            case DATA_MODEL -> computed(item, items(model.entities().size(), "entity") + ", "
                    + items(model.relationships().size(), "relationship"));
            // nothing to judge is not a pass: an empty list never ticks an item
            case QUERY_PATTERNS -> model.queryPatterns().isEmpty() ? new Result(item, false, "no query patterns yet")
                    : computed(item, "every query pattern is served by an index");
            case INDEX_RATIONALE -> model.indexes().isEmpty() ? new Result(item, false, "no indexes yet")
                    : computed(item, "every index has a rationale");
            case SCALABILITY -> scalability(item);
            case INTEGRITY -> computed(item, "every table has a primary key; validation split documented");
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

    private Result scalability(Item item) {
        List<String> written = SpecSection.inGroup(SpecSection.Group.SCALABILITY).stream().filter(spec::filled)
                .map(s -> s.label().toLowerCase()).toList();
        return written.isEmpty() ? new Result(item, false, "no scalability plan written yet")
                : computed(item, String.join(", ", written));
    }

    /** Met when no error or warning counts against the item; otherwise the first few findings are the evidence. */
    private Result computed(Item item, String whenMet) {
        List<String> against = findings.stream()
                .filter(c -> c.item() == item && c.severity().reaches(Check.Severity.WARNING))
                .map(Check::message).toList();
        return against.isEmpty() ? new Result(item, true, whenMet)
                : new Result(item, false, items(against.size(), "finding") + ": " + examples(against));
    }

    private Result manual(Item item, String hint) {
        return new Result(item, spec.checklistTicks().isTicked(item.key()), hint);
    }

    private String filledHint(SpecSection section) {
        return section.label() + (spec.filled(section) ? " is written" : " is still empty");
    }

    private static String items(int count, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return count + " " + (count == 1 ? noun : plural);
    }

    private static String examples(List<String> all) {
        if (all.size() <= EXAMPLES) {
            return String.join("; ", all);
        }
        return String.join("; ", all.subList(0, EXAMPLES)) + " and " + (all.size() - EXAMPLES) + " more";
    }
}
