package org.schemaboard.export;

import org.schemaboard.checks.DesignChecker;
import static org.schemaboard.export.MarkdownText.inline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.SpecificationChecklist;

/**
 * "## Validation Checklist": the brief's items, ticked where the model can tell (with the evidence, or what is
 * missing), left open with "(not assessed)" where it cannot; then the concrete checks behind them, which also catch
 * the brief's red flags (missing foreign keys, unindexed query patterns).
 */
final class ValidationChecklist {

    private static final int EXAMPLES = 5;

    private record Check(boolean passed, String evidence) {
    }

    private final ModelView view;
    private final List<SpecificationChecklist.Result> written;

    private ValidationChecklist(ModelView view, Specification spec) {
        this.view = view;
        this.written = SpecificationChecklist.evaluate(view.model(), spec, DesignChecker.run(view.model(), spec));
    }

    static void write(MarkdownDoc doc, ModelView view, Specification spec) {
        new ValidationChecklist(view, spec).write(doc);
    }

    /**
     * An item the model alone cannot decide: the specification's checklist computes it from the written sections
     * (scalability) or a person ticked it.
     */
    private String written(SpecificationChecklist.Item item) {
        return written.stream().filter(r -> r.item() == item).findFirst()
                .map(r -> item(r.item().text(), new Check(r.done(), (r.item().computed() ? ""
                        : r.done() ? "ticked by the team; " : "not ticked yet; ") + r.evidence())))
                .orElse(notAssessed(item.text()));
    }

    private void write(MarkdownDoc doc) {
        doc.heading(2, "Validation Checklist");
        Check primaryKeys = everyEntityHasPrimaryKey();
        Check onDelete = everyForeignKeyHasExplicitOnDelete();
        Check rationale = everyIndexHasRationale();
        Check patterns = everyQueryPatternUsesIndex();
        Check references = everyReferenceColumnHasForeignKey();
        List<String> items = new ArrayList<>();
        items.add(item("Complete data model with all entities and relationships defined", completeModel(primaryKeys)));
        items.add(item("Database schema optimized for identified query patterns", patterns));
        items.add(item("Indexing strategy documented with performance rationale", rationale));
        items.add(written(SpecificationChecklist.Item.SCALABILITY));
        items.add(written(SpecificationChecklist.Item.MIGRATION));
        items.add(item("Data integrity constraints implemented at appropriate levels",
                both(primaryKeys, onDelete)));
        items.add(written(SpecificationChecklist.Item.BACKUP));
        items.add(written(SpecificationChecklist.Item.NOSQL));
        items.add(written(SpecificationChecklist.Item.MONITORING));
        doc.bullets(items);
        doc.block("Checks made on the model:");
        doc.bullets(List.of(
                item("Every entity has a primary key", primaryKeys),
                item("Every foreign key has an explicit ON DELETE action", onDelete),
                item("Every index has a rationale", rationale),
                item("Every query pattern is served by an index", patterns),
                item("Every column named like a reference (…\\_id) is covered by a foreign key", references)));
    }

    private Check completeModel(Check primaryKeys) {
        List<Entity> entities = view.model().entities();
        if (entities.isEmpty()) {
            return new Check(false, "no entities yet");
        }
        List<String> empty = entities.stream().filter(e -> e.attributes().isEmpty()).map(Entity::name).toList();
        if (!empty.isEmpty()) {
            return new Check(false, "without attributes: " + examples(empty));
        }
        List<String> noJunction = view.model().relationships().stream()
                .filter(r -> r.cardinality() == Cardinality.MANY_TO_MANY && view.entity(r.junctionEntityId()).isEmpty())
                .map(r -> view.entityName(r.fromEntityId()) + "–" + view.entityName(r.toEntityId())).toList();
        if (!noJunction.isEmpty()) {
            return new Check(false, "many-to-many without a junction entity: " + examples(noJunction));
        }
        if (!primaryKeys.passed()) {
            return primaryKeys;
        }
        int relationships = view.model().relationships().size();
        return new Check(true, entities.size() + (entities.size() == 1 ? " entity, " : " entities, ") + relationships
                + (relationships == 1 ? " relationship" : " relationships"));
    }

    private Check everyEntityHasPrimaryKey() {
        List<String> without = view.model().entities().stream().filter(e -> e.primaryKey().isEmpty()).map(Entity::name).toList();
        if (view.model().entities().isEmpty()) {
            return new Check(false, "no entities yet");
        }
        return without.isEmpty() ? new Check(true, "all " + view.model().entities().size())
                : new Check(false, "without one: " + examples(without));
    }

    private Check everyForeignKeyHasExplicitOnDelete() {
        List<String> implicit = new ArrayList<>();
        for (ModelView.ForeignKey f : view.foreignKeys()) {
            Relationship r = f.relationship();
            if (r.onDelete() == null || r.onDelete() == ReferentialAction.NO_ACTION) {
                implicit.add(f.referencing().name() + " → " + f.referenced().name());
            }
        }
        if (view.foreignKeys().isEmpty()) {
            return new Check(false, "no foreign keys yet");
        }
        return implicit.isEmpty() ? new Check(true, "all " + view.foreignKeys().size())
                : new Check(false, "left at the default NO ACTION: " + examples(implicit));
    }

    private Check everyIndexHasRationale() {
        List<Index> indexes = view.model().indexes();
        if (indexes.isEmpty()) {
            return new Check(false, "no indexes yet");
        }
        List<String> without = indexes.stream().filter(i -> i.rationale() == null || i.rationale().isBlank())
                .map(Index::name).toList();
        return without.isEmpty() ? new Check(true, "all " + indexes.size())
                : new Check(false, "without a rationale: " + examples(without));
    }

    private Check everyQueryPatternUsesIndex() {
        List<QueryPattern> patterns = view.model().queryPatterns();
        if (patterns.isEmpty()) {
            return new Check(false, "no query patterns yet");
        }
        List<String> unindexed = patterns.stream().filter(q -> view.indexesUsedBy(q).isEmpty()).map(QueryPattern::name).toList();
        return unindexed.isEmpty() ? new Check(true, "all " + patterns.size())
                : new Check(false, "served by no index: " + examples(unindexed));
    }

    private Check everyReferenceColumnHasForeignKey() {
        Set<UUID> covered = new HashSet<>();
        view.foreignKeys().forEach(f -> f.columns().forEach(a -> covered.add(a.id())));
        List<String> uncovered = new ArrayList<>();
        for (Entity e : view.model().entities()) {
            List<Attribute> pk = e.primaryKey();
            for (Attribute a : e.attributes()) {
                boolean ownKey = pk.size() == 1 && pk.get(0).id().equals(a.id());
                if (a.name().toLowerCase(Locale.ROOT).endsWith("_id") && !ownKey && !covered.contains(a.id())) {
                    uncovered.add(e.name() + "." + a.name());
                }
            }
        }
        return uncovered.isEmpty() ? new Check(true, null) : new Check(false, "no foreign key: " + examples(uncovered));
    }

    private static Check both(Check a, Check b) {
        if (!a.passed()) {
            return a;
        }
        if (!b.passed()) {
            return b;
        }
        return new Check(true, "every table has a primary key; every foreign key has an explicit ON DELETE");
    }

    private static String item(String text, Check check) {
        return (check.passed() ? "[x] " : "[ ] ") + text
                + (check.evidence() == null ? "" : " (" + inline(check.evidence()) + ")");
    }

    private static String notAssessed(String text) {
        return "[ ] " + text + " (not assessed)";
    }

    private static String examples(List<String> all) {
        if (all.size() <= EXAMPLES) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, EXAMPLES)) + " and " + (all.size() - EXAMPLES) + " more";
    }
}
