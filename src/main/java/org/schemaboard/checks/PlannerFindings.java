package org.schemaboard.checks;

import static org.schemaboard.checks.Rule.Category.INDEXING;
import static org.schemaboard.spec.SpecificationChecklist.Item.QUERY_PATTERNS;

import java.util.List;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.index.Index;
import org.schemaboard.spec.Check;

/**
 * Findings that need a database planner, not just the model: an index's "serves" links checked against the plans.
 * The engine stays pure; the feature that runs the planner (coverage) implements this interface, and
 * {@link ChecksService} adds what it finds to the engine's findings (suppressible like any other). Declared here, so
 * the dependency runs from coverage to checks and never back.
 */
public interface PlannerFindings {

    /** The rule, listed with the engine's (so it can be suppressed, documented and linted by id). */
    Rule SERVES_NOT_PLANNED = Rule.warning("serves-link-not-in-plan", INDEXING, QUERY_PATTERNS,
            "Index claims to serve a query pattern its plan does not use", "A \"serves\" link is a claim; the "
                    + "planner's EXPLAIN is the evidence. A claimed index the plan ignores leaves the pattern slower "
                    + "than the design says, and an index kept for nothing.",
            "Change the index (columns, order, predicate) or the SQL until the plan uses it, or remove the link.");

    List<Rule> ALL = List.of(SERVES_NOT_PLANNED);

    /** The planner's findings about the model; empty when there is nothing to plan. */
    List<Check> findings(DesignModel model);

    /** The finding that {@code index} claims to serve {@code pattern}, but the plan ({@code plan}) does not use it. */
    static Check servesNotPlanned(Index index, String pattern, String planner, String plan) {
        Rule rule = SERVES_NOT_PLANNED;
        return new Check(rule.id(), rule.severity(), ElementType.INDEX, index.id(), index.entityId(), index.name(),
                "The index " + index.name() + " is linked as serving \"" + pattern + "\", but the " + planner
                        + " plan does not use it (" + plan + ")", rule.fix(), rule.why(), null, rule.item());
    }
}
