package org.schemaboard.importing.dbml;

import java.util.List;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.sql.ImportPlan;

/**
 * A read DBML file: the tables, keys, references and indexes as the same {@link ImportPlan} a SQL dump gives (so it
 * shares the preview and the import), plus what only DBML says.
 *
 * @param target      the project's {@code database_type}, or null when the file names none (or one we do not support)
 * @param projectName the project's name, or null
 * @param projectNote the project's note, which becomes a new design's description; or null
 * @param groups      table groups, which become subject areas; table names as in the plan
 */
public record DbmlPlan(ImportPlan plan, TargetDatabase target, String projectName, String projectNote,
                       List<Group> groups) {

    public DbmlPlan {
        groups = List.copyOf(groups);
    }

    public record Group(String name, List<String> tables) {
        public Group {
            tables = List.copyOf(tables);
        }
    }

    public boolean importable() {
        return plan.problem() == null;
    }

    /** One sentence of what was found, as the preview and the command line show it. */
    public String summary() {
        int warnings = plan.warnings().size() + plan.skipped().size();
        return "Read as DBML" + (target == null ? "" : " for " + target.label()) + ": " + plan.counts().replace(
                ", 0 views", "") + ", " + groups.size() + (groups.size() == 1 ? " table group" : " table groups")
                + "; " + warnings + (warnings == 1 ? " warning." : " warnings.");
    }
}
