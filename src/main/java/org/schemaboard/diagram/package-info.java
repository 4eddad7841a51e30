/**
 * The ER diagram: entity boxes and relationship lines with crow's-foot ends. Layout ({@link
 * org.schemaboard.diagram.AutoLayout}, Eclipse ELK's layered algorithm) and drawing ({@link
 * org.schemaboard.diagram.DiagramSvg}) are pure functions of the {@code DesignModel} plus stored positions, so they
 * are tested without Spring; {@link org.schemaboard.diagram.DiagramService} keeps the positions and subject areas
 * (named views of some entities) in tables of their own and announces every change like any model write.
 */
package org.schemaboard.diagram;
