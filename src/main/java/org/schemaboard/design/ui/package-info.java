/** The designs list (create, rename, delete, open) and the frame of the design editor. */
package org.schemaboard.design.ui;
