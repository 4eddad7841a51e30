/**
 * The specification's views: the "Scalability" and "Specification" editor tabs (a list of sub-sections beside the
 * open one, each a form saved as a whole) and the "Checklist" tab. Each tab is an {@link
 * org.schemaboard.editor.ui.EditorSection} bean; the forms call {@link org.schemaboard.spec.SpecificationService} only.
 */
package org.schemaboard.spec.ui;
