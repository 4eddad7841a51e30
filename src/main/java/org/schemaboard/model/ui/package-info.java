/**
 * The design editor: one view with a section per part of the model (entities, relationships, indexes, query
 * patterns). Panels share an {@link org.schemaboard.model.ui.EditorContext} holding the loaded {@code DesignModel};
 * every save goes through a model service and then reloads the model.
 */
package org.schemaboard.model.ui;
