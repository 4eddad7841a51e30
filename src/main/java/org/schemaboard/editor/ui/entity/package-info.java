/** The Entities tab: the filterable list, the selected entity's form and its attributes (with their dialog). */
package org.schemaboard.editor.ui.entity;
