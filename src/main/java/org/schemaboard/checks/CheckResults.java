package org.schemaboard.checks;

import java.util.ArrayList;
import java.util.List;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.Specification;

/**
 * The findings of one design split by its suppressions: the open ones (they count: problems, checklist, gate) and the
 * suppressed ones with the suppression that silences each. Pure.
 */
public record CheckResults(List<Check> open, List<Suppressed> suppressed) {

    public record Suppressed(Check finding, Suppression suppression) {
    }

    public CheckResults {
        open = List.copyOf(open);
        suppressed = List.copyOf(suppressed);
    }

    public static CheckResults of(DesignModel model, Specification spec, List<Suppression> suppressions) {
        return of(model, spec, suppressions, List.of());
    }

    /** The engine's findings and {@code more} (the planner's), split by the suppressions. */
    public static CheckResults of(DesignModel model, Specification spec, List<Suppression> suppressions,
                                  List<Check> more) {
        List<Check> all = new ArrayList<>(DesignChecker.run(model, spec));
        all.addAll(more);
        return of(all, suppressions);
    }

    /** Findings already made by {@link DesignChecker#run} (and the planner), split by the suppressions. */
    public static CheckResults of(List<Check> findings, List<Suppression> suppressions) {
        List<Check> open = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        for (Check c : findings) {
            Suppression s = suppressions.stream().filter(x -> x.silences(c)).findFirst().orElse(null);
            if (s == null) {
                open.add(c);
            } else {
                suppressed.add(new Suppressed(c, s));
            }
        }
        return new CheckResults(open, suppressed);
    }
}
