package org.schemaboard.editor.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Function;

/**
 * Something another feature shows in the editor's header, declared as a Spring bean: a badge beside the design's name
 * (the review status) or an action at the right (Import SQL, Export specification).
 *
 * @param place  beside the name, or among the actions
 * @param order  position within its place, lowest first
 * @param create builds the item for one open editor; returns null to show nothing (e.g. an action the person's role
 *               does not allow)
 */
public record EditorHeaderItem(Place place, int order, Function<EditorContext, Component> create) {

    public enum Place { BADGE, ACTION }
}
