/** The Relationships tab: foreign keys with their column pairs, actions and rationale; N:M through a junction. */
package org.schemaboard.editor.ui.relationship;
