/**
 * The design checks in the editor: the problems count in the header and the Problems tab (filter by severity, rule
 * and element; a click goes to the element), both refreshed whenever anyone changes the design.
 */
package org.schemaboard.checks.ui;
