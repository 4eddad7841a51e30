package org.schemaboard.export;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    /**
     * The forward script (approved version → exported state) and the rollback (back again) of one dialect, worked out
     * when first asked for: the specification only names the files, so a Markdown or HTML export never plans them.
     */
    public static final class Scripts {

        private final Supplier<List<String>> plan;
        private volatile List<String> both;

        private Scripts(Supplier<List<String>> plan) {
            this.plan = plan;
        }

        /** Scripts planned by {@code plan} (forward, then rollback) the first time either is read. */
        public static Scripts later(Supplier<List<String>> plan) {
            return new Scripts(plan);
        }

        public String forward() {
            return both().get(0);
        }

        public String rollback() {
            return both().get(1);
        }

        /** Whether the scripts have been planned yet (they are when first read). */
        public boolean planned() {
            return both != null;
        }

        private List<String> both() {
            List<String> b = both;
            if (b == null) {
                synchronized (this) {
                    if (both == null) {
                        both = List.copyOf(plan.get());
                    }
                    b = both;
                }
            }
            return b;
        }
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
