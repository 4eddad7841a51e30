package org.schemaboard.checks;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.Specification;

/** The rule engine: every rule over one design, a pure function (no Spring, no database). */
public final class DesignChecker {

    /** Every rule, grouped by category, in the order findings are listed (the planner's last: it runs elsewhere). */
    public static final List<Rule> RULES = Stream.of(IntegrityRules.ALL, IndexRules.ALL, TypeRules.ALL,
            PlanRules.ALL, SectionRules.ALL, NoSqlRules.ALL, PlannerFindings.ALL).flatMap(List::stream).toList();

    private DesignChecker() {
    }

    /** Every finding about the design and its written sections (suppressions are applied by the caller). */
    public static List<Check> run(DesignModel model, Specification spec) {
        Findings f = new Findings(model, spec == null ? Specification.empty(model.designId()) : spec);
        IntegrityRules.check(f);
        IndexRules.check(f);
        TypeRules.check(f);
        PlanRules.check(f);
        SectionRules.check(f);
        return f.all();
    }

    /** The findings about a design's NoSQL elements (run beside {@link #run}, which sees only the model). */
    public static List<Check> runNoSql(List<org.schemaboard.model.nosql.NoSqlElement> elements) {
        return NoSqlRules.check(elements);
    }

    public static Optional<Rule> rule(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
