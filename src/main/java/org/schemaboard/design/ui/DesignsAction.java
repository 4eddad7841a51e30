package org.schemaboard.design.ui;

import com.vaadin.flow.component.Component;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A button another feature adds to the designs list's toolbar, declared as a Spring bean (Import SQL, Import
 * design.json). It makes a new design and hands its id to {@code opened}, which refreshes the list and opens it.
 *
 * @param order  position in the toolbar, left to right, before "New design"
 * @param create builds the button for one designs list
 */
public record DesignsAction(int order, java.util.function.Function<Consumer<UUID>, Component> create) {
}
