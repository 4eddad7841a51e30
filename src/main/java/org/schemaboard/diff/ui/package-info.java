/**
 * The editor's "Changes" section: two states of the design chosen from a list (the draft and the approved versions),
 * their structural diff, the change-safety findings, and the forward and rollback scripts per dialect to copy or
 * download.
 */
package org.schemaboard.diff.ui;
