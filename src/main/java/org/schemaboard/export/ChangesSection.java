package org.schemaboard.export;

import static org.schemaboard.export.MarkdownText.cell;
import static org.schemaboard.export.MarkdownText.inline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "## Changes since vN" in the specification and the {@code migrations/} folder of the ZIP, from the
 * {@link ChangesSinceApproval} the caller worked out. Without an approved version both say so rather than disappear,
 * so a reader knows there was nothing to compare with.
 */
final class ChangesSection {

    static final String FOLDER = "migrations/";
    static final String README = FOLDER + "README.md";

    private ChangesSection() {
    }

    static void write(MarkdownDoc doc, ChangesSinceApproval changes) {
        if (changes == null) {
            return;
        }
        if (!changes.hasApprovedVersion()) {
            doc.heading(2, "Changes since the last approved version");
            doc.block("_No version of this design has been approved yet, so there is nothing to compare with; the "
                    + "export has no migration scripts._");
            return;
        }
        String v = changes.version();
        doc.heading(2, "Changes since " + v);
        doc.block("Compared with the approved version " + inline(v) + ": " + (changes.changes().isEmpty()
                ? "no changes." : inline(changes.summary()) + "."));
        if (!changes.changes().isEmpty()) {
            doc.table(List.of("Element", "Kind", "Change", "Details"), changes.changes().stream()
                    .map(r -> List.of(cell(r.element()), cell(r.kind()), cell(r.change()),
                            r.details().isEmpty() ? "" : cell(String.join("; ", r.details()))))
                    .toList());
        }
        doc.heading(3, "Change-Safety Checks");
        if (changes.findings().isEmpty()) {
            doc.block("Nothing risky: no data loss, no step that fails on existing rows or blocks a large table.");
        } else {
            doc.bullets(changes.findings().stream().map(MarkdownText::inline).toList());
        }
        doc.heading(3, "Migration Scripts");
        List<String> files = new ArrayList<>();
        changes.migrations().keySet().stream().sorted().forEach(d -> {
            files.add(inline(d.label()) + ": " + MarkdownText.code(forwardFile(d)) + " (from " + inline(v)
                    + " to this specification), " + MarkdownText.code(rollbackFile(d)) + " (back to " + inline(v) + ")");
        });
        doc.block("In the export's " + MarkdownText.code(FOLDER) + " folder, statements in dependency order, renames as "
                + "renames:");
        doc.bullets(files);
    }

    /** The files of {@code migrations/}: a README, and per dialect the forward and rollback scripts. */
    static Map<String, String> files(ChangesSinceApproval changes) {
        Map<String, String> files = new LinkedHashMap<>();
        if (changes == null) {
            return files;
        }
        if (!changes.hasApprovedVersion()) {
            files.put(README, "# Migrations\n\nNo version of this design has been approved yet, so there is no earlier "
                    + "schema to migrate from: create the schema with the schema-*.sql files instead. Once a review "
                    + "approves a version, later exports carry the scripts from it to the exported state here.\n");
            return files;
        }
        String v = changes.version();
        StringBuilder readme = new StringBuilder("# Migrations from " + v + "\n\n");
        readme.append("Scripts that take a database created from the approved version ").append(v)
                .append(" to the schema of this export (forward) and back (rollback), per dialect. Changes: ")
                .append(changes.changes().isEmpty() ? "none" : changes.summary()).append(".\n\n");
        if (!changes.findings().isEmpty()) {
            readme.append("Read the change-safety findings before running them:\n\n");
            changes.findings().forEach(f -> readme.append("- ").append(f).append('\n'));
            readme.append('\n');
        }
        readme.append("Run each file as a whole, in one transaction where the engine allows it; statements end with ';'.\n");
        files.put(README, readme.toString());
        changes.migrations().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            files.put(forwardFile(e.getKey()), e.getValue().forward());
            files.put(rollbackFile(e.getKey()), e.getValue().rollback());
        });
        return files;
    }

    static String forwardFile(SqlDialectChoice dialect) {
        return FOLDER + dialect.name().toLowerCase(Locale.ROOT) + "-forward.sql";
    }

    static String rollbackFile(SqlDialectChoice dialect) {
        return FOLDER + dialect.name().toLowerCase(Locale.ROOT) + "-rollback.sql";
    }
}
