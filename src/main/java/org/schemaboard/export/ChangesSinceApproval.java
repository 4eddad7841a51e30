package org.schemaboard.export;

import java.util.List;
import java.util.Map;

/**
 * What changed between the design's last approved version and the state being exported, worked out outside the
 * export (by the diff feature, which itself renders its scripts through the export's DDL, so the export cannot call
 * it): the changes one row per element, the change-safety findings, and the migration scripts per dialect. The
 * export only writes them down: a "Changes since vN" section in the specification and {@code migrations/} in the ZIP.
 *
 * @param version    the last approved version ("v2"), or null when none has been approved yet
 * @param summary    "3 added, 1 removed, 4 changed"
 * @param changes    one row per element added, removed or changed
 * @param findings   the change-safety findings, one line each
 * @param migrations the scripts from {@code version} to the exported state and back, per dialect (empty when there is
 *                   no approved version)
 */
public record ChangesSinceApproval(String version, String summary, List<Row> changes, List<String> findings,
                                   Map<SqlDialectChoice, Scripts> migrations) {

    /**
     * One changed element: its kind ("Attribute"), what happened ("added"), its name in the exported state
     * ({@code orders.total}) and, for a changed one, a line per field ({@code type: INT → BIGINT}).
     */
    public record Row(String kind, String change, String element, List<String> details) {

        public Row {
            details = List.copyOf(details);
        }
    }

    /** The forward script (approved version → exported state) and the rollback (back again) of one dialect. */
    public record Scripts(String forward, String rollback) {
    }

    public ChangesSinceApproval {
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
        migrations = Map.copyOf(migrations);
    }

    /** Nothing approved yet: nothing to compare with, no scripts. */
    public static ChangesSinceApproval noApprovedVersion() {
        return new ChangesSinceApproval(null, "", List.of(), List.of(), Map.of());
    }

    public boolean hasApprovedVersion() {
        return version != null;
    }
}
