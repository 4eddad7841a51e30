package org.schemaboard.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemaboard.base.LastComputed;
import org.schemaboard.checks.PlannerFindings;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.index.Index;
import org.schemaboard.spec.Check;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Query coverage as the application shows it: every pattern planned on H2, and on PostgreSQL when
 * {@code schemaboard.planner.postgresql-url} names a server; and the planner's findings for the design checks (an
 * index whose "serves" link the plan does not bear out). The last result per design is kept with the model version it
 * was planned from, so the Problems count, the markers and the coverage view of every editor on that version share
 * one planning run. Callers run it off the UI thread where they can: it builds a database.
 */
@Service
public class CoverageService implements PlannerFindings {

    /** One pattern's plans: H2's always, PostgreSQL's when a server is configured (else null). */
    public record PatternCoverage(QueryCoverage.Result h2, QueryCoverage.Result postgres) {
    }

    private final String postgresUrl;
    private final LastComputed<DesignModel, List<PatternCoverage>> last = new LastComputed<>(16);
    /** The H2 plans per pattern of the last runs: after an edit only the patterns reading what changed are planned. */
    private final PlanMemory plans = new PlanMemory(16);

    public CoverageService(@Value("${schemaboard.planner.postgresql-url:}") String postgresUrl) {
        this.postgresUrl = postgresUrl == null || postgresUrl.isBlank() ? null : postgresUrl.strip();
    }

    /** Whether PostgreSQL plans are part of the result. */
    public boolean withPostgres() {
        return postgresUrl != null;
    }

    /** Every pattern of the model with its plans, in the model's order. */
    public List<PatternCoverage> of(DesignModel model) {
        // a design read from a file (the command line's lint) has no id and is planned each time
        return last.get(model.designId(), model, this::plan);
    }

    private List<PatternCoverage> plan(DesignModel model) {
        List<QueryCoverage.Result> h2 = QueryCoverage.of(model, plans.of(model.designId()));
        List<QueryCoverage.Result> postgres = postgresUrl == null ? null : PostgresCoverage.of(model, postgresUrl);
        List<PatternCoverage> all = new ArrayList<>();
        for (int i = 0; i < h2.size(); i++) {
            all.add(new PatternCoverage(h2.get(i), postgres == null ? null : postgres.get(i)));
        }
        return List.copyOf(all);
    }

    /**
     * An index linked as serving a pattern whose plan does not use it. PostgreSQL's plan is the evidence when a server
     * is configured (it knows every index method), else H2's. Patterns without SQL, or whose SQL has no plan, are the
     * coverage view's business, not a finding here. A design without "serves" links is not planned at all.
     */
    @Override
    public List<Check> findings(DesignModel model) {
        boolean linked = model.indexes().stream().anyMatch(i -> !i.queryPatternIds().isEmpty())
                || model.queryPatterns().stream().anyMatch(q -> !q.indexIds().isEmpty());
        if (!linked) {
            return List.of();
        }
        Map<String, Index> byName = new HashMap<>();
        model.indexes().forEach(i -> byName.putIfAbsent(i.name(), i));
        List<Check> found = new ArrayList<>();
        for (PatternCoverage c : of(model)) {
            QueryCoverage.Result evidence = c.postgres() != null ? c.postgres() : c.h2();
            if (evidence.problem() != null) {
                continue;
            }
            String planner = c.postgres() != null ? "PostgreSQL" : "H2";
            for (String name : evidence.unused()) {
                Index index = byName.get(name);
                if (index != null) {
                    found.add(PlannerFindings.servesNotPlanned(index, evidence.pattern(), planner,
                            evidence.describe()));
                }
            }
        }
        return found;
    }
}
