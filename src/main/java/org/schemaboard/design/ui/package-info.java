/**
 * The designs list: create, rename, delete, import and open a design. The design editor's frame is in
 * {@code editor.ui}.
 */
package org.schemaboard.design.ui;
