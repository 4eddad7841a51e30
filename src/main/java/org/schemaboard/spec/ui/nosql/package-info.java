/**
 * The NoSQL tab: the design's MongoDB collections, Redis key patterns and search index mappings as structured
 * elements, in a grid with a dialog per element (the free-text NoSQL section of the specification stays for notes).
 */
package org.schemaboard.spec.ui.nosql;
