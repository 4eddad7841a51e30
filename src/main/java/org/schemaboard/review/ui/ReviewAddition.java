package org.schemaboard.review.ui;

import com.vaadin.flow.component.Component;
import org.schemaboard.editor.ui.EditorContext;

/**
 * A part another feature adds to the Review tab, below the handoff (the diff feature shows "Changes since vN" there),
 * declared as a Spring bean so review need not know that feature. The part refreshes itself on the context's reloads.
 */
@FunctionalInterface
public interface ReviewAddition {

    Component create(EditorContext context);
}
