/** The export dialog (preview, download file by file or as one ZIP) and its button in the editor's header. */
package org.schemaboard.export.ui;
