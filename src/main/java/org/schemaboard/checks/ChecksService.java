package org.schemaboard.checks;

import java.util.List;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.DesignChecks;
import org.schemaboard.spec.Specification;
import org.springframework.stereotype.Service;

/** The design checks as the application runs them: the engine's findings for a design. */
@Service
public class ChecksService implements DesignChecks {

    @Override
    public List<Check> run(DesignModel model, Specification spec) {
        return DesignChecker.run(model, spec);
    }
}
