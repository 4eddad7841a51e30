package org.schemaboard.export;

import static org.schemaboard.export.MarkdownText.cell;

import java.util.List;
import org.schemaboard.checks.CheckResults;
import org.schemaboard.spec.Check;

/**
 * "### Design Checks" under the validation checklist: every open finding of the design checks with its fix, every
 * suppression with the reason the team gave (what was judged acceptable and by whom), and the planner's query coverage.
 */
final class DesignChecksSection {

    private DesignChecksSection() {
    }

    private static String notes(long n) {
        return n + (n == 1 ? " note" : " notes");
    }

    static void write(MarkdownDoc doc, CheckResults checks, List<List<String>> coverage) {
        doc.heading(3, "Design Checks");
        List<Check> open = checks.open();
        long errors = open.stream().filter(c -> c.severity() == Check.Severity.ERROR).count();
        long warnings = open.stream().filter(c -> c.severity() == Check.Severity.WARNING).count();
        doc.block("**Open problems**: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning, " : " warnings, ") + notes(open.size() - errors - warnings) + "; "
                + checks.suppressed().size() + " suppressed.");
        if (open.isEmpty()) {
            doc.block("No open problems.");
        } else {
            doc.table(List.of("Severity", "Rule", "Element", "Problem", "Fix"), open.stream()
                    .map(c -> List.of(c.severity().label(), "`" + c.rule() + "`", cell(c.subject()), cell(c.message()),
                            cell(c.fix()))).toList());
        }
        doc.heading(4, "Suppressed");
        if (checks.suppressed().isEmpty()) {
            doc.block("No rule is suppressed.");
        } else {
            doc.table(List.of("Rule", "Element", "Problem", "Reason", "Suppressed by"), checks.suppressed().stream()
                    .map(s -> List.of("`" + s.finding().rule() + "`", cell(s.finding().subject()),
                            cell(s.finding().message()), cell(s.suppression().reason()), cell(s.suppression().by())))
                    .toList());
        }
        doc.heading(4, "Query Coverage");
        if (coverage == null) {
            doc.block("_Not computed: the planner runs in the application's export._");
        } else if (coverage.isEmpty()) {
            doc.block("No query patterns.");
        } else {
            doc.block("Each query pattern's SQL run through EXPLAIN on an in-memory H2 database built from the H2 DDL "
                    + "above: the index the planner uses for each table, or a full scan.");
            boolean postgres = coverage.get(0).size() > 3;
            if (postgres) {
                doc.block("The same on the configured PostgreSQL server, in a throwaway schema with sequential scans "
                        + "switched off, so an index that can serve the pattern shows up.");
            }
            doc.table(postgres ? List.of("Query pattern", "Plan (H2)", "Serves links", "Plan (PostgreSQL)")
                    : List.of("Query pattern", "Plan (H2)", "Serves links"), coverage.stream()
                    .map(r -> r.stream().map(MarkdownText::cell).toList()).toList());
        }
    }
}
