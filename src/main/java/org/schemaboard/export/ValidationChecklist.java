package org.schemaboard.export;

import static org.schemaboard.export.MarkdownText.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.schemaboard.checks.CheckResults;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.SpecificationChecklist;

/**
 * "## Validation Checklist": the brief's items as the specification's checklist has them (computed from the design
 * checks' open findings, or ticked by a person), then the concrete checks of the model behind them, which catch the
 * brief's red flags. Every tick comes from the design checks: the export evaluates nothing of its own.
 */
final class ValidationChecklist {

    private static final int EXAMPLES = 5;

    /** A check of the model shown by name: met when no open finding of the rule is left. */
    private record ModelCheck(String text, String rule, String noun, String prefix, Function<ModelView, Integer> count) {
    }

    private static final List<ModelCheck> MODEL_CHECKS = List.of(
            new ModelCheck("Every entity has a primary key", "entity-without-primary-key", "entities", "without one: ",
                    v -> v.model().entities().size()),
            new ModelCheck("Every foreign key has an explicit ON DELETE action", "fk-default-on-delete",
                    "foreign keys", "left at the default NO ACTION: ", v -> v.foreignKeys().size()),
            new ModelCheck("Every index has a rationale", "index-without-rationale", "indexes",
                    "without a rationale: ", v -> v.model().indexes().size()),
            new ModelCheck("Every query pattern is served by an index", "query-pattern-without-index",
                    "query patterns", "served by no index: ", v -> v.model().queryPatterns().size()),
            new ModelCheck("Every column named like a reference (…\\_id) is covered by a foreign key",
                    "missing-foreign-key", null, "no foreign key: ", v -> null));

    private ValidationChecklist() {
    }

    static void write(MarkdownDoc doc, ModelView view, Specification spec, CheckResults checks) {
        doc.heading(2, "Validation Checklist");
        List<String> items = new ArrayList<>();
        for (SpecificationChecklist.Result r : SpecificationChecklist.evaluate(view.model(), spec, checks.open())) {
            String evidence = (r.item().computed() ? "" : r.done() ? "ticked by the team; " : "not ticked yet; ")
                    + r.evidence();
            items.add(item(r.item().text(), r.done(), evidence));
        }
        doc.bullets(items);
        doc.block("Checks made on the model (by the design checks; every finding is listed under Design Checks):");
        List<String> lines = new ArrayList<>();
        for (ModelCheck c : MODEL_CHECKS) {
            List<String> subjects = checks.open().stream().filter(f -> f.rule().equals(c.rule()))
                    .map(Check::subject).toList();
            Integer count = c.count().apply(view);
            if (count != null && count == 0) {
                lines.add(item(c.text(), false, "no " + c.noun() + " yet"));
            } else if (subjects.isEmpty()) {
                lines.add(item(c.text(), true, count == null ? null : "all " + count));
            } else {
                lines.add(item(c.text(), false, c.prefix() + examples(subjects)));
            }
        }
        doc.bullets(lines);
    }

    private static String item(String text, boolean passed, String evidence) {
        return (passed ? "[x] " : "[ ] ") + text + (evidence == null ? "" : " (" + inline(evidence) + ")");
    }

    private static String examples(List<String> all) {
        if (all.size() <= EXAMPLES) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, EXAMPLES)) + " and " + (all.size() - EXAMPLES) + " more";
    }
}
