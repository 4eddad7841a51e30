package org.schemaboard.coverage;

import java.util.ArrayList;
import java.util.List;
import org.schemaboard.export.ExportSources;
import org.schemaboard.model.DesignModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The query coverage table of the exported specification: pattern, plan on H2, whether its "serves" links hold, and
 * the plan on PostgreSQL when {@code schemaboard.planner.postgresql-url} names a server.
 */
@Component
public class CoverageForExport implements ExportSources.CoverageProvider {

    private final String postgresUrl;

    public CoverageForExport(@Value("${schemaboard.planner.postgresql-url:}") String postgresUrl) {
        this.postgresUrl = postgresUrl == null || postgresUrl.isBlank() ? null : postgresUrl.strip();
    }

    @Override
    public List<List<String>> rows(DesignModel model) {
        List<QueryCoverage.Result> h2 = QueryCoverage.of(model);
        List<QueryCoverage.Result> postgres = postgresUrl == null ? null : PostgresCoverage.of(model, postgresUrl);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < h2.size(); i++) {
            QueryCoverage.Result r = h2.get(i);
            List<String> notes = new ArrayList<>();
            if (!r.unused().isEmpty()) {
                notes.add("linked but not used: " + String.join(", ", r.unused()));
            }
            if (!r.unclaimed().isEmpty()) {
                notes.add("used but not linked: " + String.join(", ", r.unclaimed()));
            }
            List<String> row = new ArrayList<>(List.of(r.pattern(), r.describe(), r.problem() != null ? "—"
                    : notes.isEmpty() ? "as linked" : String.join("; ", notes)));
            if (postgres != null) {
                QueryCoverage.Result p = postgres.get(i);
                row.add(p.describe() + (p.unused().isEmpty() ? "" : " (linked but not used: "
                        + String.join(", ", p.unused()) + ")"));
            }
            rows.add(row);
        }
        return rows;
    }
}
