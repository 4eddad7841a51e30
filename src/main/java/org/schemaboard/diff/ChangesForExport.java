package org.schemaboard.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.schemaboard.export.ChangesSinceApproval;
import org.schemaboard.export.ExportSources;
import org.schemaboard.export.SqlDialectChoice;
import org.schemaboard.model.DesignModel;
import org.schemaboard.review.ReviewService;
import org.schemaboard.review.ReviewState;
import org.springframework.stereotype.Component;

/**
 * The export's "Changes since vN" and {@code migrations/}: the diff from the last approved version to the exported
 * model, its safety findings and both scripts for every dialect. Lives here because the export cannot depend on the
 * diff (the diff renders its scripts through the export's DDL).
 */
@Component
class ChangesForExport implements ExportSources.ChangesProvider {

    private final ReviewService reviews;
    private final DiffService diffs;

    ChangesForExport(ReviewService reviews, DiffService diffs) {
        this.reviews = reviews;
        this.diffs = diffs;
    }

    @Override
    public Optional<ChangesSinceApproval> changes(UUID designId, DesignModel exported) {
        ReviewState state = reviews.state(designId);
        if (state.snapshots().isEmpty()) {
            return Optional.of(ChangesSinceApproval.noApprovedVersion());
        }
        int last = state.snapshots().get(0).number(); // newest first
        ModelDiff diff = ModelDiff.compare(reviews.snapshotModel(designId, last), exported);
        return Optional.of(of("v" + last, diff, SafetyChecks.of(diff, diffs.expectedRows(designId))));
    }

    /** The export's view of a diff: rows, findings and the scripts of every dialect (planned when first read). */
    static ChangesSinceApproval of(String version, ModelDiff diff, List<Finding> findings) {
        Map<SqlDialectChoice, ChangesSinceApproval.Scripts> scripts = new EnumMap<>(SqlDialectChoice.class);
        java.util.function.Function<SqlDialectChoice, MigrationScript> planner = MigrationScript.planner(diff);
        for (SqlDialectChoice dialect : SqlDialectChoice.values()) {
            scripts.put(dialect, ChangesSinceApproval.Scripts.later(() -> {
                MigrationScript s = planner.apply(dialect);
                return List.of(s.forward(), s.rollback());
            }));
        }
        List<ChangesSinceApproval.Row> rows = diff.changes().stream().map(ChangesForExport::row).toList();
        return new ChangesSinceApproval(version, diff.counts(), rows, findings.stream().map(Finding::describe).toList(),
                scripts);
    }

    private static ChangesSinceApproval.Row row(Change c) {
        List<String> details = new ArrayList<>();
        for (FieldChange f : c.fields()) {
            if (f.multiLine()) {
                long added = f.lineDiff().stream().filter(l -> l.startsWith("+")).count();
                long removed = f.lineDiff().stream().filter(l -> l.startsWith("-")).count();
                details.add(f.field() + ": text changed (+" + added + " −" + removed + " lines)");
            } else {
                details.add(f.field() + ": " + value(f.before()) + " → " + value(f.after()));
            }
        }
        return new ChangesSinceApproval.Row(c.kind().label(), c.type().label(), c.path(), details);
    }

    private static String value(String v) {
        return v == null ? "(none)" : v;
    }
}
