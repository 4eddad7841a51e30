package org.schemaboard.editor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.collab.DesignEventBus;
import org.schemaboard.collab.Presence;
import org.schemaboard.collab.PresenceRegistry;

/**
 * Connects one open editor to the design's event bus and presence (the broadcaster pattern): subscribe on attach,
 * unsubscribe on detach, and hand every event to the UI thread with {@code ui.access}. Bursts coalesce: while one
 * refresh is queued for the browser, further changes join it instead of queueing more.
 */
public final class LiveUpdates {

    private final EditorContext context;
    private final DesignEventBus bus;
    private final PresenceRegistry presence;
    private final String me;
    private final Queue<DesignChanged> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final AtomicBoolean presenceQueued = new AtomicBoolean();
    private final List<Consumer<List<Presence>>> presenceListeners = new ArrayList<>();
    private DesignEventBus.Subscription subscription;
    private String sessionKey;

    LiveUpdates(EditorContext context, DesignEventBus bus, PresenceRegistry presence, String me) {
        this.context = context;
        this.bus = bus;
        this.presence = presence;
        this.me = me;
    }

    /** @param httpSessionId stays on the server: the page gets a presence key of its own */
    void attach(UI ui, String httpSessionId, String username, String displayName, String initials) {
        this.sessionKey = presence.newKey(httpSessionId);
        subscription = bus.subscribe(context.designId(), change -> {
            pending.add(change);
            if (refreshQueued.compareAndSet(false, true)) {
                ui.access(this::flush);
            }
        }, designId -> {
            if (presenceQueued.compareAndSet(false, true)) {
                ui.access(this::flushPresence);
            }
        });
        presence.join(context.designId(), sessionKey, username, displayName, initials,
                () -> ui.getInternals().getLastHeartbeatTimestamp());
        // Say goodbye when the tab closes, so the others see this person leave at once.
        ui.getPage().executeJs("""
                const key = $0;
                window.addEventListener('pagehide', () => navigator.sendBeacon('presence/leave', key), {once: true});""",
                sessionKey);
    }

    void detach() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (sessionKey != null) {
            presence.leave(context.designId(), sessionKey);
        }
    }

    /** Tells the others what this person is looking at or editing. */
    public void focus(UUID elementId, String element, boolean editing) {
        if (sessionKey != null) {
            presence.focus(context.designId(), sessionKey, elementId, element, editing);
        }
    }

    public void onPresence(Consumer<List<Presence>> listener) {
        presenceListeners.add(listener);
        listener.accept(others());
    }

    /** Everyone else in the design (my other tabs count as me and are left out). */
    List<Presence> others() {
        return presence.present(context.designId()).stream().filter(p -> !p.username().equals(me)).toList();
    }

    private void flush() {
        refreshQueued.set(false);
        List<DesignChanged> batch = new ArrayList<>();
        for (DesignChanged c; (c = pending.poll()) != null; ) {
            batch.add(c);
        }
        if (batch.isEmpty()) {
            return;
        }
        context.reloadFromOthers();
        List<DesignChanged> theirs = batch.stream().filter(c -> !c.actor().equals(me)).toList();
        if (!theirs.isEmpty()) {
            DesignChanged last = theirs.get(theirs.size() - 1);
            String text = theirs.size() == 1
                    ? last.actor() + " " + verb(last.action()) + " " + last.elementName()
                    : theirs.size() + " changes by " + String.join(", ",
                    theirs.stream().map(DesignChanged::actor).distinct().toList());
            Notification notice = Notification.show(text, 2500, Notification.Position.BOTTOM_END);
            notice.addClassName("sb-live-notice");
        }
    }

    private void flushPresence() {
        presenceQueued.set(false);
        List<Presence> others = others();
        presenceListeners.forEach(l -> l.accept(others));
    }

    private static String verb(String action) {
        return switch (action) {
            case "CREATE" -> "added";
            case "DELETE" -> "deleted";
            case "MOVE" -> "moved";
            case "IMPORT" -> "imported";
            default -> "changed";
        };
    }
}
