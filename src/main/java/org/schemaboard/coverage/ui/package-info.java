/** The Query coverage tab: each query pattern's plan on H2 (and PostgreSQL), computed off the UI thread. */
package org.schemaboard.coverage.ui;
