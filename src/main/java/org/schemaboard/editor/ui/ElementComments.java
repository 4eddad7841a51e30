package org.schemaboard.editor.ui;

import java.util.Map;
import java.util.UUID;

/**
 * Comment threads on the editor's elements, contributed by the review feature as a Spring bean (the model's panels
 * do not know how comments work): how many open threads each element has, and opening an element's threads from the
 * button beside it (drawn by {@link GridCells#addComments}).
 */
public interface ElementComments {

    /** Open threads per element key (the element's id as text). */
    Map<String, Integer> openThreadCounts(UUID designId);

    /**
     * Opens one element's threads. {@code type} is DESIGN, ENTITY, ATTRIBUTE, RELATIONSHIP, INDEX or QUERY_PATTERN
     * (other sections use types of their own).
     */
    void open(EditorContext context, String type, UUID elementId, String label);
}
