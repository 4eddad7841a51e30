package org.schemaboard.model;

/** An element, or a person's draft of one, known by its name. */
public interface Named {

    String name();
}
