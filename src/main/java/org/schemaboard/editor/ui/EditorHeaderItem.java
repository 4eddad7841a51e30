package org.schemaboard.editor.ui;

import com.vaadin.flow.component.Component;

/** Something another feature shows in the editor's header (e.g. the review status), as a Spring bean. */
public interface EditorHeaderItem {

    Component create(EditorContext context);
}
