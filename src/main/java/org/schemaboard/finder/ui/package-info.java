/**
 * The finder's and the keyboard's screens in the editor: the search button in the header, the Ctrl+K dialog that
 * goes to what was found, and the "?" dialog listing the shortcuts.
 */
package org.schemaboard.finder.ui;
