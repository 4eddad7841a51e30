/** The dialog that imports a {@code design.json} as a new design. */
package org.schemaboard.importing.ui;
