package org.schemaboard.diagram.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;

/** The element the diagram script draws into; it reports the person's gestures back to the panel. */
class DiagramCanvas extends Div {

    interface Gestures {
        void moved(String entityId, int x, int y);

        void selected(String ids);

        void open(String entityId);

        void exportFailed(String message);
    }

    private final Gestures gestures;

    DiagramCanvas(Gestures gestures) {
        this.gestures = gestures;
        addClassName("sb-diagram-canvas");
        getElement().setAttribute("aria-label", "Diagram");
        getElement().setAttribute("role", "figure");
    }

    @ClientCallable
    void moved(String entityId, int x, int y) {
        gestures.moved(entityId, x, y);
    }

    @ClientCallable
    void selected(String ids) {
        gestures.selected(ids);
    }

    @ClientCallable
    void open(String entityId) {
        gestures.open(entityId);
    }

    @ClientCallable
    void exportFailed(String message) {
        gestures.exportFailed(message);
    }
}
