package org.schemaboard.diagram;

/** A point of the diagram, in diagram units (pixels at zoom 1). */
public record Point(int x, int y) {
}
