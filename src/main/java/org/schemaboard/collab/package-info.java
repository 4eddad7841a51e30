/**
 * Live collaboration: committed changes travel to every open editor of the same design through a
 * {@link org.schemaboard.collab.DesignEventBus}, and a presence registry knows who is in which design and what they
 * are looking at. The bus is in-process; with several app nodes on PostgreSQL, {@code cluster} relays changes and
 * presence between the nodes' buses and registries through LISTEN/NOTIFY.
 */
package org.schemaboard.collab;
