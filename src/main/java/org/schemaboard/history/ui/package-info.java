/**
 * The editor's History tab: a design's changes read from the audit log ({@code org.schemaboard.audit}), filterable by
 * element and person.
 */
package org.schemaboard.history.ui;
