/**
 * The editor's own tabs, for the model's elements, declared as {@link org.schemaboard.editor.ui.EditorSection} beans;
 * their panels are in {@code editor.ui.entity}, {@code .relationship}, {@code .index} and {@code .querypattern}.
 */
package org.schemaboard.editor.ui.sections;
