package org.schemaboard.editor.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.model.DesignModel;

/**
 * The problems the design checks find, per element, for the small markers beside entities, indexes and
 * relationships. The checks feature implements it; the editor works without it (no markers).
 */
public interface ElementMarkers {

    /** One open finding about an element: "error", "warning" or "info", and its message. */
    record Marker(String severity, String message) {
    }

    /** The open findings of the model per element id (an attribute's also under its entity). */
    Map<UUID, List<Marker>> of(DesignModel model);
}
