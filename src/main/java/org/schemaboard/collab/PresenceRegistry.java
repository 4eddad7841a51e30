package org.schemaboard.collab;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Who has which design open, and where they are in it. Kept in memory: presence does not outlive the server. With
 * several app nodes each node also holds the others' entries ({@link #putRemote}), as snapshots that expire unless
 * their node renews them, so a node that dies leaves no ghost behind.
 */
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
    /** Node → design → that node's entries, with when they expire (epoch ms). */
    private final Map<String, Map<UUID, RemoteSnapshot>> remote = new ConcurrentHashMap<>();
    private final List<Consumer<UUID>> localChangeWatchers = new CopyOnWriteArrayList<>();

    private record RemoteSnapshot(List<Presence> entries, long expiresAt) {
    }

    public PresenceRegistry(DesignEventBus bus) {
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
        changed(designId);
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

    /** Removes tabs that went silent (closed without a goodbye, lost connection), and other nodes' expired entries. */
    @Scheduled(fixedDelay = 5000)
    void removeSilent() {
        long now = System.currentTimeMillis();
        for (var node : List.copyOf(remote.entrySet())) {
            for (var design : List.copyOf(node.getValue().entrySet())) {
                if (design.getValue().expiresAt() < now && node.getValue().remove(design.getKey(), design.getValue())) {
                    bus.publishPresence(design.getKey());
                }
            }
        }
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
        changed(designId);
    }

    public void leave(UUID designId, String sessionKey) {
        Map<String, Presence> present = byDesign.get(designId);
        liveness.remove(sessionKey);
        owners.remove(sessionKey);
        if (present != null && present.remove(sessionKey) != null) {
            byDesign.computeIfPresent(designId, (k, m) -> m.isEmpty() ? null : m);
            changed(designId);
        }
    }

    /** Everyone in the design, one entry per open tab, earliest first, on this node and (unexpired) on others. */
    public List<Presence> present(UUID designId) {
        long now = System.currentTimeMillis();
        Stream<Presence> others = remote.values().stream().map(designs -> designs.get(designId))
                .filter(snapshot -> snapshot != null && snapshot.expiresAt() >= now)
                .flatMap(snapshot -> snapshot.entries().stream());
        return Stream.concat(localPresent(designId).stream(), others)
                .sorted(Comparator.comparing(Presence::since)).toList();
    }

    /** The tabs open on this node only. */
    public List<Presence> localPresent(UUID designId) {
        return byDesign.getOrDefault(designId, Map.of()).values().stream()
                .sorted(Comparator.comparing(Presence::since)).toList();
    }

    /** The designs someone has open on this node. */
    public Set<UUID> localDesigns() {
        return Set.copyOf(byDesign.keySet());
    }

    /** {@code watcher} is told the design whenever presence on this node changes in it (for the other nodes). */
    public void watchLocalChanges(Consumer<UUID> watcher) {
        localChangeWatchers.add(watcher);
    }

    /** Another node's entries in a design, replacing what it said before; valid until {@code expiresAt} (epoch ms). */
    public void putRemote(String node, UUID designId, List<Presence> entries, long expiresAt) {
        remote.computeIfAbsent(node, k -> new ConcurrentHashMap<>())
                .put(designId, new RemoteSnapshot(List.copyOf(entries), expiresAt));
        bus.publishPresence(designId);
    }

    /** Another node stopped: its entries go at once. */
    public void forgetNode(String node) {
        Map<UUID, RemoteSnapshot> gone = remote.remove(node);
        if (gone != null) {
            gone.keySet().forEach(bus::publishPresence);
        }
    }

    private void changed(UUID designId) {
        bus.publishPresence(designId);
        for (Consumer<UUID> watcher : localChangeWatchers) {
            watcher.accept(designId);
        }
    }
}
