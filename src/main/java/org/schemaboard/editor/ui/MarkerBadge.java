package org.schemaboard.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.schemaboard.base.ui.Badges;

/** A small badge with the number of an element's open problems, coloured by the worst, the messages as tooltip. */
final class MarkerBadge {

    private MarkerBadge() {
    }

    static Component of(List<ElementMarkers.Marker> markers) {
        if (markers.isEmpty()) {
            return new Span();
        }
        boolean error = markers.stream().anyMatch(m -> m.severity().equals("error"));
        boolean warning = markers.stream().anyMatch(m -> m.severity().equals("warning"));
        String worst = error ? "error" : warning ? "warning" : "info";
        Span badge = Badges.of(String.valueOf(markers.size()), (error ? "error" : warning ? "warning" : "contrast")
                + " small pill");
        String messages = markers.stream().map(m -> m.severity() + ": " + m.message())
                .collect(Collectors.joining("\n"));
        badge.getElement().setAttribute("title", messages);
        badge.getElement().setAttribute("role", "img");
        badge.getElement().setAttribute("aria-label", markers.size() + (markers.size() == 1 ? " problem" : " problems")
                + ", worst " + worst);
        badge.addClassName("sb-problem-marker");
        return badge;
    }
}
