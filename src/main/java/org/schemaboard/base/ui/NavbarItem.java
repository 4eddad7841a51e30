package org.schemaboard.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature adds to the top bar of every signed-in view (e.g. the notification bell), as a Spring bean, so
 * the shared layout does not depend on the feature.
 */
public interface NavbarItem {

    /** A new component for one browser tab; called when the layout is built. */
    Component create();
}
