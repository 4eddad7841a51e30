package org.schemaboard.coverage;

import java.util.ArrayList;
import java.util.List;
import org.schemaboard.export.ExportSources;
import org.schemaboard.model.DesignModel;
import org.springframework.stereotype.Component;

/** The query coverage table of the exported specification: pattern, plan, and whether its "serves" links hold. */
@Component
class CoverageForExport implements ExportSources.CoverageProvider {

    @Override
    public List<List<String>> rows(DesignModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (QueryCoverage.Result r : QueryCoverage.of(model)) {
            List<String> notes = new ArrayList<>();
            if (!r.unused().isEmpty()) {
                notes.add("linked but not used: " + String.join(", ", r.unused()));
            }
            if (!r.unclaimed().isEmpty()) {
                notes.add("used but not linked: " + String.join(", ", r.unclaimed()));
            }
            rows.add(List.of(r.pattern(), r.describe(), r.problem() != null ? "—"
                    : notes.isEmpty() ? "as linked" : String.join("; ", notes)));
        }
        return rows;
    }
}
