/**
 * Live collaboration: committed changes travel to every open editor of the same design through a
 * {@link org.schemaboard.collab.DesignEventBus}, and a presence registry knows who is in which design and what they
 * are looking at. The bus is in-process now; with several app nodes on PostgreSQL it would be backed by
 * LISTEN/NOTIFY behind the same interface.
 */
package org.schemaboard.collab;
