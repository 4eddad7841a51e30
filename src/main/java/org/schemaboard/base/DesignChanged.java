package org.schemaboard.base;

import java.util.UUID;

/**
 * A change to a design was committed. Published inside the transaction by the service that made the change and
 * delivered to {@code @TransactionalEventListener}s only after commit, so a rolled-back change is never announced.
 *
 * @param designId    the design
 * @param actor       username of the person who made the change
 * @param action      what was done
 * @param elementType what kind of element it was done to
 * @param elementId   the element's stable id
 * @param elementName the element's name after the change, for a notice such as "alice renamed orders"
 * @param origin      the open editor that made the change ({@link ChangeOrigin}), or null
 */
public record DesignChanged(UUID designId, String actor, ChangeAction action, ElementType elementType, UUID elementId,
                            String elementName, String origin) {

    /** A change made on this thread: its origin is the thread's {@link ChangeOrigin}. */
    public DesignChanged(UUID designId, String actor, ChangeAction action, ElementType elementType, UUID elementId,
                         String elementName) {
        this(designId, actor, action, elementType, elementId, elementName, ChangeOrigin.current());
    }

    /** The announcement of {@code change}, made on this thread by {@code actor}. */
    public static DesignChanged of(String actor, Change change) {
        return new DesignChanged(change.designId(), actor, change.action(), change.elementType(), change.elementId(),
                change.label());
    }
}
