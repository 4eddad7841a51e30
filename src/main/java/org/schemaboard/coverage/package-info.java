/**
 * Query coverage proved by a planner: each query pattern's SQL is run through {@code EXPLAIN} on a throwaway in-memory
 * H2 database holding the design's schema (from the H2 DDL export), and the plan says which index serves each table,
 * or that the table is scanned, or where the SQL does not parse. Evidence instead of hand-ticked "covered by" claims.
 */
package org.schemaboard.coverage;
