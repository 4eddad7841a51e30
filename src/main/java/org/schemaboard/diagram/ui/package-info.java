/**
 * The design editor's "Diagram" section: the server draws the SVG ({@code diagram.DiagramSvg}); a small script of our
 * own ({@code META-INF/resources/diagram/diagram.js}) zooms, pans and drags, and calls back to save positions.
 */
package org.schemaboard.diagram.ui;
