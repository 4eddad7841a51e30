package org.schemaboard.spec;

import java.util.List;
import org.schemaboard.model.DesignModel;

/**
 * Runs the design checks over a model and its written sections. The {@code checks} feature implements it; the
 * specification's views and checklist see findings through it because spec cannot depend on checks (checks reads the
 * specification's sections).
 */
public interface DesignChecks {

    /** The open findings about the design, in rule order: suppressed ones are left out. */
    List<Check> run(DesignModel model, Specification spec);

    /** The findings about one written section only (shown beside that section's form). */
    default List<Check> of(DesignModel model, Specification spec, SpecSection section) {
        return run(model, spec).stream().filter(c -> c.section() == section).toList();
    }
}
