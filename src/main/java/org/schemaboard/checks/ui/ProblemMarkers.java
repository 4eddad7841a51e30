package org.schemaboard.checks.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.editor.ui.ElementMarkers;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.SpecificationService;
import org.springframework.stereotype.Component;

/**
 * The open findings per element for the editor's markers. The last result per design is kept with the model it was
 * computed from, so every editor showing the same model version (live updates hand them the same one) shares one run.
 */
@Component
class ProblemMarkers implements ElementMarkers {

    private record Computed(DesignModel model, Map<UUID, List<Marker>> markers) {
    }

    private final ChecksService checks;
    private final SpecificationService specifications;
    private final Map<UUID, Computed> last = new ConcurrentHashMap<>();

    ProblemMarkers(ChecksService checks, SpecificationService specifications) {
        this.checks = checks;
        this.specifications = specifications;
    }

    @Override
    public Map<UUID, List<Marker>> of(DesignModel model) {
        Computed before = last.get(model.designId());
        if (before != null && before.model() == model) {
            return before.markers();
        }
        Map<UUID, List<Marker>> markers = byElement(checks.run(model, specifications.load(model.designId())));
        last.put(model.designId(), new Computed(model, markers));
        return markers;
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
