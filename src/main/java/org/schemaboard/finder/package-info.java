/**
 * Find anything in the open design (Ctrl+K): an in-memory index over its entities, attributes, relationships,
 * indexes, query patterns, sections and comment threads, searched on the server with a fuzzy, ranked match. The index
 * is a pure function of the loaded model, so it is tested and measured without Spring.
 */
package org.schemaboard.finder;
