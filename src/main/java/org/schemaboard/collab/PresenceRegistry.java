package org.schemaboard.collab;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** Who has which design open, and where they are in it. Kept in memory: presence does not outlive the server. */
@Service
public class PresenceRegistry {

    private final Map<UUID, Map<String, Presence>> byDesign = new ConcurrentHashMap<>();
    private final DesignEventBus bus;

    PresenceRegistry(DesignEventBus bus) {
        this.bus = bus;
    }

    public void join(UUID designId, String sessionKey, String username, String displayName, String initials) {
        byDesign.computeIfAbsent(designId, k -> new ConcurrentHashMap<>())
                .put(sessionKey, new Presence(sessionKey, username, displayName, initials, null, null, false,
                        Instant.now()));
        bus.publishPresence(designId);
    }

    /** Records what the person is looking at ({@code editing=false}) or has open for editing. */
    public void focus(UUID designId, String sessionKey, UUID elementId, String element, boolean editing) {
        Map<String, Presence> present = byDesign.get(designId);
        if (present == null) {
            return;
        }
        Presence before = present.get(sessionKey);
        if (before == null) {
            return;
        }
        present.put(sessionKey, new Presence(sessionKey, before.username(), before.displayName(), before.initials(),
                elementId, element, editing, before.since()));
        bus.publishPresence(designId);
    }

    public void leave(UUID designId, String sessionKey) {
        Map<String, Presence> present = byDesign.get(designId);
        if (present != null && present.remove(sessionKey) != null) {
            byDesign.computeIfPresent(designId, (k, m) -> m.isEmpty() ? null : m);
            bus.publishPresence(designId);
        }
    }

    /** Everyone in the design, one entry per open tab, earliest first. */
    public List<Presence> present(UUID designId) {
        return byDesign.getOrDefault(designId, Map.of()).values().stream()
                .sorted(Comparator.comparing(Presence::since)).toList();
    }
}
