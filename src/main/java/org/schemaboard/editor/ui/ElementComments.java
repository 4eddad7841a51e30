package org.schemaboard.editor.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.UUID;

/**
 * Comment threads on the editor's elements, contributed by the review feature as a Spring bean (the model's panels
 * do not know how comments work): how many open threads each element has, and the small button beside an element
 * that shows that count and opens its threads.
 */
public interface ElementComments {

    /** Open threads per element key (the element's id as text). */
    Map<String, Integer> openThreadCounts(UUID designId);

    /**
     * The button beside one element. {@code type} is DESIGN, ENTITY, ATTRIBUTE, RELATIONSHIP, INDEX or QUERY_PATTERN
     * (other sections use types of their own).
     */
    Component button(EditorContext context, String type, UUID elementId, String label, int openThreads);
}
