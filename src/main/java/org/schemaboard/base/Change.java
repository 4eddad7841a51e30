package org.schemaboard.base;

import java.util.UUID;

/**
 * One change, as the audit log writes it and {@link DesignChanged} announces it: what happened ({@code action}) to
 * which element, with its values before and after. Built from the element it is about:
 * {@code Change.to(designId, ElementType.INDEX, id, name).created(draft)}.
 *
 * @param designId the design, or null for a change to the instance (accounts, settings)
 * @param label    the element's name after the change (before it, for a deletion), as people read it in the history
 * @param oldValue the element before the change (any value Jackson can write), or null
 * @param newValue the element after the change, or null
 */
public record Change(UUID designId, ChangeAction action, ElementType elementType, UUID elementId, String label,
                     Object oldValue, Object newValue) {

    /** The element of a design that changed; say how with one of its methods. */
    public static Element to(UUID designId, ElementType type, UUID elementId, String label) {
        return new Element(designId, type, elementId, label);
    }

    /** An element of the instance rather than of a design: an account, a setting. */
    public static Element toInstance(ElementType type, UUID elementId, String label) {
        return new Element(null, type, elementId, label);
    }

    /** What a change is about, before it says what happened. */
    public record Element(UUID designId, ElementType type, UUID elementId, String label) {

        public Change created(Object value) {
            return made(ChangeAction.CREATE, null, value);
        }

        public Change updated(Object before, Object after) {
            return made(ChangeAction.UPDATE, before, after);
        }

        public Change deleted(Object before) {
            return made(ChangeAction.DELETE, before, null);
        }

        public Change made(ChangeAction action, Object before, Object after) {
            return new Change(designId, action, type, elementId, label, before, after);
        }
    }
}
