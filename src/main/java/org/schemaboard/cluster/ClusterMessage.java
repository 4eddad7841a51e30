package org.schemaboard.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.ElementType;
import org.schemaboard.collab.Presence;

/**
 * What one node tells the others, as a small JSON payload of a NOTIFY (PostgreSQL's limit is 8,000 bytes). A change
 * says only which element changed: the receiving node reads the design itself, as it does for a change of its own.
 *
 * @param node     the sending node
 * @param kind     {@code CHANGE}, {@code PRESENCE}, {@code NOTIFICATIONS} or {@code BYE} (the node stops)
 * @param ttlMs    how long a presence snapshot is valid unless renewed
 */
record ClusterMessage(String node, String kind, Change change, UUID designId, List<Tab> tabs, long ttlMs,
                      Set<UUID> userIds) {

    /** A {@link DesignChanged} without its element name when that would make the payload too long. */
    record Change(UUID designId, String actor, ChangeAction action, ElementType elementType, UUID elementId,
                  String elementName, String origin) {

        static Change of(DesignChanged c) {
            return new Change(c.designId(), c.actor(), c.action(), c.elementType(), c.elementId(), c.elementName(),
                    c.origin());
        }

        DesignChanged toEvent() {
            return new DesignChanged(designId, actor, action, elementType, elementId, elementName, origin);
        }
    }

    /** One open tab on the sending node. */
    record Tab(String key, String username, String displayName, String initials, UUID focusId, String focus,
               boolean editing, Instant since) {

        static Tab of(Presence p) {
            return new Tab(p.sessionKey(), p.username(), p.displayName(), p.initials(), p.focusId(), p.focus(),
                    p.editing(), p.since());
        }

        Presence toPresence() {
            return new Presence(key, username, displayName, initials, focusId, focus, editing, since);
        }
    }

    static ClusterMessage change(String node, DesignChanged change) {
        return new ClusterMessage(node, "CHANGE", Change.of(change), change.designId(), null, 0, null);
    }

    static ClusterMessage presence(String node, UUID designId, List<Presence> present, long ttlMs) {
        return new ClusterMessage(node, "PRESENCE", null, designId, present.stream().map(Tab::of).toList(), ttlMs,
                null);
    }

    static ClusterMessage notifications(String node, Set<UUID> userIds) {
        return new ClusterMessage(node, "NOTIFICATIONS", null, null, null, 0, userIds);
    }

    static ClusterMessage bye(String node) {
        return new ClusterMessage(node, "BYE", null, null, null, 0, null);
    }
}
