package org.schemaboard.diagram;

import java.util.UUID;

/**
 * One view of a design's diagram as it is to be drawn.
 *
 * @param id      the view's id for moves and re-layouts: a subject area's id, the design's id for the whole design,
 *                or null for a suggested view that is not saved (arranging it means saving it as a subject area)
 * @param name    what the view is called, e.g. "All entities" or "Orders"
 * @param area    the subject area shown, if it is one
 * @param layout  where every shown entity's box goes
 */
public record DiagramView(UUID id, String name, SubjectArea area, DiagramLayout layout) {

    public boolean wholeDesign() {
        return id != null && area == null;
    }

    public boolean suggested() {
        return id == null;
    }
}
