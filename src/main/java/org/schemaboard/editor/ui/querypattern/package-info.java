/** The Query patterns tab: SQL, frequency, latency target, the entities touched and the indexes relied on. */
package org.schemaboard.editor.ui.querypattern;
