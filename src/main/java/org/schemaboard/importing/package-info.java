/**
 * Importing designs from files: a {@code design.json} ({@code importing.json}, read by
 * {@link org.schemaboard.export.DesignJson}) and SQL dumps ({@code importing.sql}). Both hand their elements to the
 * model as one {@link org.schemaboard.model.ModelBatch}, which {@link org.schemaboard.model.ModelBatchService} checks
 * by the rules of an edit and writes in one transaction with one audit line and one event, so an imported design
 * arrives whole or not at all. {@link org.schemaboard.importing.json.DesignImportService#importJson} makes the new
 * design owned by the caller.
 */
package org.schemaboard.importing;

import org.schemaboard.importing.json.DesignImportService;
