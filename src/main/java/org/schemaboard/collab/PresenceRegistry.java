package org.schemaboard.collab;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Who has which design open, and where they are in it. Kept in memory: presence does not outlive the server. */
@Service
public class PresenceRegistry {

    /** Three missed heartbeats of 10 s (vaadin.heartbeatInterval) plus some slack. */
    static final long SILENCE_MS = 35_000;

    private final Map<UUID, Map<String, Presence>> byDesign = new ConcurrentHashMap<>();
    private final Map<String, LongSupplier> liveness = new ConcurrentHashMap<>();
    /** Presence key → the HTTP session that opened the tab, so only that session can say goodbye for it. */
    private final Map<String, String> owners = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final DesignEventBus bus;

    PresenceRegistry(DesignEventBus bus) {
        this.bus = bus;
    }

    /**
     * A new key for one open tab of the HTTP session {@code httpSessionId}. It is a random value of its own, not
     * derived from the session id: the key goes to the page's JavaScript (the goodbye beacon), and the session id
     * must never be readable there. Only the same session can later end the tab's presence with it
     * ({@link #leaveEverywhere(String, String)}).
     */
    public String newKey(String httpSessionId) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        owners.put(key, httpSessionId);
        return key;
    }

    /**
     * @param sessionKey a key from {@link #newKey(String)}
     * @param lastSeen when the browser tab last showed a sign of life (epoch ms); a tab silent for longer than
     *                 {@link #SILENCE_MS} is taken as gone, e.g. after a lost connection
     */
    public void join(UUID designId, String sessionKey, String username, String displayName, String initials,
                     LongSupplier lastSeen) {
        byDesign.computeIfAbsent(designId, k -> new ConcurrentHashMap<>())
                .put(sessionKey, new Presence(sessionKey, username, displayName, initials, null, null, false,
                        Instant.now()));
        liveness.put(sessionKey, lastSeen);
        bus.publishPresence(designId);
    }

    /**
     * A closed tab says goodbye (a beacon): removes it from every design, when the key belongs to the HTTP session
     * that sends it; anyone else's goodbye with a key they learned is ignored.
     */
    public void leaveEverywhere(String sessionKey, String httpSessionId) {
        if (httpSessionId == null || !httpSessionId.equals(owners.get(sessionKey))) {
            return;
        }
        for (UUID designId : List.copyOf(byDesign.keySet())) {
            leave(designId, sessionKey);
        }
        owners.remove(sessionKey);
    }

    /** Removes tabs that went silent (closed without a goodbye, lost connection). */
    @Scheduled(fixedDelay = 5000)
    void removeSilent() {
        long now = System.currentTimeMillis();
        for (var design : List.copyOf(byDesign.entrySet())) {
            for (String key : List.copyOf(design.getValue().keySet())) {
                LongSupplier seen = liveness.get(key);
                if (seen != null && now - seen.getAsLong() > SILENCE_MS) {
                    leave(design.getKey(), key);
                }
            }
        }
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
        liveness.remove(sessionKey);
        owners.remove(sessionKey);
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
