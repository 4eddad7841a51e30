/**
 * Several app nodes on one PostgreSQL database: committed design changes, new notifications and presence travel
 * between nodes through PostgreSQL's LISTEN/NOTIFY. Active only when the app's database is PostgreSQL; on H2 there is
 * one node and the in-process bus is all there is.
 */
package org.schemaboard.cluster;
