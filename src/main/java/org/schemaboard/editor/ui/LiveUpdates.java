package org.schemaboard.editor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.ElementType;
import org.schemaboard.base.SignedInUser;
import org.schemaboard.collab.DesignEventBus;
import org.schemaboard.collab.Presence;
import org.schemaboard.collab.PresenceRegistry;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.LiveModels;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Connects one open editor to the design's changes and presence (the broadcaster pattern): watch on attach, stop on
 * detach. The model after a change is read once for all open editors of the design ({@link LiveModels}); this editor
 * only hands it to the UI with {@code ui.access}, which then does no database work. Its own saves it has shown
 * already, so changes that came from this editor alone are skipped. Bursts coalesce: while one update is queued for
 * the browser, later ones join it.
 */
public final class LiveUpdates {

    private final EditorContext context;
    private final DesignEventBus bus;
    private final LiveModels liveModels;
    private final PresenceRegistry presence;
    private final SignedInUser me;
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private final AtomicBoolean presenceQueued = new AtomicBoolean();
    private final List<Consumer<List<Presence>>> presenceListeners = new ArrayList<>();
    private static final int NOTICE_MS = 2500;
    private Update pending;
    private Notification notice;
    private LiveModels.Watch watch;
    private DesignEventBus.Subscription subscription;
    private String sessionKey;

    /** What the browser has not been shown yet: the newest model, every change since, and comment counts if read. */
    private record Update(DesignModel model, List<DesignChanged> changes, Map<String, Integer> openThreads) {
    }

    LiveUpdates(EditorContext context, DesignEventBus bus, LiveModels liveModels, PresenceRegistry presence,
                SignedInUser me) {
        this.context = context;
        this.bus = bus;
        this.liveModels = liveModels;
        this.presence = presence;
        this.me = me;
    }

    /** @param httpSessionId stays on the server: the page gets a presence key of its own */
    void attach(UI ui, String httpSessionId) {
        this.sessionKey = presence.newKey(httpSessionId);
        SecurityContext signIn = SecurityContextHolder.getContext();
        watch = liveModels.watch(context.designId(), me.id(), context.model(), (model, changes) -> {
            List<DesignChanged> notMine = changes.stream().filter(c -> !context.origin().equals(c.origin())).toList();
            if (notMine.isEmpty()) {
                return;
            }
            Map<String, Integer> threads = notMine.stream().anyMatch(LiveUpdates::aboutComments)
                    ? as(signIn, context::readOpenThreads) : null;
            synchronized (this) {
                pending = pending == null ? new Update(model, notMine, threads) : new Update(model,
                        concat(pending.changes(), notMine), threads != null ? threads : pending.openThreads());
            }
            if (updateQueued.compareAndSet(false, true)) {
                ui.access(this::flush);
            }
        });
        subscription = bus.subscribe(context.designId(), change -> { }, designId -> {
            if (presenceQueued.compareAndSet(false, true)) {
                ui.access(this::flushPresence);
            }
        });
        presence.join(context.designId(), sessionKey, me.username(), me.displayName(), me.initials(),
                () -> ui.getInternals().getLastHeartbeatTimestamp());
        // Say goodbye when the tab closes, so the others see this person leave at once.
        ui.getPage().executeJs("""
                const key = $0;
                window.addEventListener('pagehide', () => navigator.sendBeacon('presence/leave', key), {once: true});""",
                sessionKey);
    }

    void detach() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
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
        return presence.present(context.designId()).stream().filter(p -> !p.username().equals(me.username()))
                .toList();
    }

    private void flush() {
        updateQueued.set(false);
        Update update;
        synchronized (this) {
            update = pending;
            pending = null;
        }
        if (update == null) {
            return;
        }
        context.applyFromOthers(update.model(), update.changes(), update.openThreads());
        List<DesignChanged> theirs = update.changes().stream().filter(c -> !c.actor().equals(me.username()))
                .toList();
        if (!theirs.isEmpty()) {
            DesignChanged last = theirs.get(theirs.size() - 1);
            String text = theirs.size() == 1
                    ? last.actor() + " " + verb(last.action()) + " " + last.elementName()
                    : theirs.size() + " changes by " + String.join(", ",
                    theirs.stream().map(DesignChanged::actor).distinct().toList());
            tell(text);
        }
    }

    /**
     * One notice per open editor that says the latest: a burst of changes updates its text instead of stacking a new
     * notice per change (each a new element the browser lays out and animates, while the change itself waits).
     */
    private void tell(String text) {
        if (notice == null) {
            notice = new Notification();
            notice.setPosition(Notification.Position.BOTTOM_END);
            notice.addClassName("sb-live-notice");
        }
        notice.setText(text);
        // a new duration restarts the browser's timer, so the latest change is shown for its full time
        notice.setDuration(notice.getDuration() == NOTICE_MS ? NOTICE_MS + 1 : NOTICE_MS);
        notice.open();
    }

    private void flushPresence() {
        presenceQueued.set(false);
        List<Presence> others = others();
        presenceListeners.forEach(l -> l.accept(others));
    }

    private static boolean aboutComments(DesignChanged change) {
        return change.elementType() == ElementType.COMMENT;
    }

    private static <T> T as(SecurityContext signIn, Supplier<T> read) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(signIn);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static List<DesignChanged> concat(List<DesignChanged> a, List<DesignChanged> b) {
        List<DesignChanged> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String verb(ChangeAction action) {
        return switch (action) {
            case CREATE -> "added";
            case DELETE -> "deleted";
            case MOVE -> "moved";
            case IMPORT -> "imported";
            case UNDO -> "undid a change to";
            case REDO -> "redid a change to";
            default -> "changed";
        };
    }
}
