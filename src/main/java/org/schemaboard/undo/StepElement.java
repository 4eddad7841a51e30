package org.schemaboard.undo;

import java.util.UUID;
import org.schemaboard.base.ElementType;

/** One element a step changed: its states before and after (null: it did not exist). */
record StepElement(ElementType type, UUID id, State before, State after) {

    /** "entity orders", for messages and the history. */
    String label() {
        return label(type, after != null ? after : before);
    }

    /** "attribute email": the element of {@code type} as {@code any} names it. */
    static String label(ElementType type, State any) {
        String name = any == null ? null : any.row().getOrDefault("name", any.row().get("section_key"));
        return type.label() + (name == null ? "" : " " + name);
    }
}
