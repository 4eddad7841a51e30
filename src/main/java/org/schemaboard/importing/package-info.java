/**
 * Importing designs from files. {@link org.schemaboard.importing.json.DesignImportService#importJson} turns a
 * {@code design.json} (read by {@link org.schemaboard.export.DesignJson}) into a new design owned by the caller,
 * creating every element through the model's public services, so an imported design is validated, audited and
 * announced exactly like one drawn by hand — and, being one transaction, arrives whole or not at all.
 */
package org.schemaboard.importing;

import org.schemaboard.importing.json.DesignImportService;
