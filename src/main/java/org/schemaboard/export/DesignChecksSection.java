package org.schemaboard.export;

import static org.schemaboard.export.MarkdownText.cell;

import java.util.List;
import org.schemaboard.checks.CheckResults;
import org.schemaboard.spec.Check;

/**
 * "### Design Checks" under the validation checklist: every open finding of the design checks with its fix, and every
 * suppression with the reason the team gave, so a reader sees what was judged acceptable and by whom.
 */
final class DesignChecksSection {

    private DesignChecksSection() {
    }

    private static String notes(long n) {
        return n + (n == 1 ? " note" : " notes");
    }

    static void write(MarkdownDoc doc, CheckResults checks) {
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
    }
}
