/** The Indexes tab: ordered columns, method, predicate, purpose and the query patterns each index serves. */
package org.schemaboard.editor.ui.index;
