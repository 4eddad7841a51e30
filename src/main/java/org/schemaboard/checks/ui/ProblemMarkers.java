package org.schemaboard.checks.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.base.LastComputed;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.editor.ui.ElementMarkers;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.SpecificationService;
import org.springframework.stereotype.Component;

/**
 * The open findings per element for the editor's markers. The last result per design is kept with the model it was
 * computed from ({@link LastComputed}), so every editor showing the same model version (live updates hand them the
 * same one) shares one run.
 */
@Component
class ProblemMarkers implements ElementMarkers {

    private final ChecksService checks;
    private final SpecificationService specifications;
    private final LastComputed<DesignModel, Map<UUID, List<Marker>>> last = new LastComputed<>(16);

    ProblemMarkers(ChecksService checks, SpecificationService specifications) {
        this.checks = checks;
        this.specifications = specifications;
    }

    @Override
    public Map<UUID, List<Marker>> of(DesignModel model) {
        return last.get(model.designId(), model,
                m -> byElement(checks.run(m, specifications.load(m.designId()))));
    }

    static Map<UUID, List<Marker>> byElement(List<Check> findings) {
        Map<UUID, List<Marker>> markers = new HashMap<>();
        for (Check c : findings) {
            Marker m = new Marker(c.severity().name().toLowerCase(Locale.ROOT), c.message());
            if (c.elementId() != null) {
                markers.computeIfAbsent(c.elementId(), k -> new ArrayList<>()).add(m);
            }
            if (c.entityId() != null && !c.entityId().equals(c.elementId())) {
                markers.computeIfAbsent(c.entityId(), k -> new ArrayList<>()).add(m);
            }
        }
        return markers;
    }
}
