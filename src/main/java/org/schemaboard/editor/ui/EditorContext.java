package org.schemaboard.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.ElementType;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** What every panel of one open editor shares: the current model, the person's role, and a way to reload. */
public final class EditorContext {

    private static final Logger log = LoggerFactory.getLogger(EditorContext.class);

    private final DesignModelService models;
    private final DesignSummary design;
    private final UUID designId;
    private final String origin = UUID.randomUUID().toString();
    private final DesignRole role;
    private final List<Consumer<DesignModel>> listeners = new ArrayList<>();
    private DesignModel model;
    private boolean fromOthers;
    private List<DesignChanged> lastChanges = List.of();
    private LiveUpdates live;
    private ElementComments comments;
    private Map<String, Integer> openThreads = Map.of();
    private ElementMarkers markers;
    private DesignModel markedModel;
    /** The model whose markers were asked for last; read by the background task too (volatile). */
    private volatile DesignModel askedModel;
    private BackgroundWork markerWork;
    private SecurityContext person;
    private final List<Consumer<Map<UUID, List<ElementMarkers.Marker>>>> markerListeners = new ArrayList<>();
    private Map<UUID, List<ElementMarkers.Marker>> markedFindings = Map.of();

    EditorContext(DesignModelService models, DesignSummary design) {
        this.models = models;
        this.design = design;
        this.designId = design.id();
        this.role = design.myRole();
        this.model = models.load(designId);
    }

    /**
     * The findings behind the problem badges, computed on {@code work}'s threads (at 10,000 tables one state's
     * findings take seconds: the session must not wait for them); without {@code work}, on the caller's thread.
     */
    void setMarkers(ElementMarkers markers, BackgroundWork work) {
        this.markers = markers;
        this.markerWork = work;
        this.person = SecurityContextHolder.getContext();
    }

    /**
     * The severity badge beside an element: its open problems' count, the messages as tooltip; empty when none. The
     * findings are computed once per model version and shared by every panel of this editor.
     */
    public Component problemsMarker(UUID elementId) {
        if (markers == null) {
            return new Span();
        }
        return MarkerBadge.of(markers().getOrDefault(elementId, List.of()));
    }

    /**
     * The open problems per element id (an entity's include its columns', indexes' and foreign keys'): those of the
     * current model when they are known, else the last known ones while the current model's are computed in the
     * background; {@link #onMarkers} listeners hear when they arrive.
     */
    public Map<UUID, List<ElementMarkers.Marker>> markers() {
        if (markers == null) {
            return Map.of();
        }
        if (markedModel == model || askedModel == model) {
            return markedFindings;
        }
        DesignModel wanted = model;
        UI ui = UI.getCurrent();
        if (markerWork == null || ui == null) {
            markedFindings = markers.of(wanted);
            markedModel = wanted;
            return markedFindings;
        }
        askedModel = wanted;
        try {
            markerWork.executeAs(person, () -> {
                if (askedModel != wanted) {
                    return; // a newer model's markers were asked for while this waited: only those are shown
                }
                Map<UUID, List<ElementMarkers.Marker>> found;
                try {
                    found = markers.of(wanted);
                } catch (RuntimeException e) {
                    log.error("The problem markers of design {} could not be computed", designId, e);
                    return;
                }
                try {
                    ui.access(() -> {
                        if (askedModel == wanted) {
                            Map<UUID, List<ElementMarkers.Marker>> before = markedFindings;
                            markedFindings = found;
                            markedModel = wanted;
                            markerListeners.forEach(l -> l.accept(before));
                        }
                    });
                } catch (UIDetachedException closed) {
                    // the page is gone: nobody to show them to
                }
            });
        } catch (TaskRejectedException busy) {
            askedModel = null; // asked again at the next redraw
        }
        return markedFindings;
    }

    /**
     * Called on the UI's thread when the problem markers of a newer model have arrived, with the markers shown until
     * then: redraw what shows them (the elements whose markers changed).
     */
    public void onMarkers(Consumer<Map<UUID, List<ElementMarkers.Marker>>> listener) {
        markerListeners.add(listener);
    }

    void setComments(ElementComments comments) {
        this.comments = comments;
        this.openThreads = comments.openThreadCounts(designId);
    }

    /** How many open comment threads an element has (0 without comments). */
    public int openThreads(UUID elementId) {
        return openThreads.getOrDefault(elementId.toString(), 0);
    }

    /** The open comment threads per element; a new map whenever the counts were read again. */
    public Map<String, Integer> openThreadCounts() {
        return openThreads;
    }

    /** Opens an element's comment threads (nothing without comments). */
    public void openComments(String type, UUID elementId, String label) {
        if (comments != null) {
            comments.open(this, type, elementId, label);
        }
    }

    public DesignModel model() {
        return model;
    }

    /** This open editor, as the {@link org.schemaboard.base.ChangeOrigin} of its writes. */
    public String origin() {
        return origin;
    }

    /** The design as it was when the editor opened (name, target database, my role). */
    public DesignSummary design() {
        return design;
    }

    public UUID designId() {
        return designId;
    }

    public TargetDatabase target() {
        return model.targetDatabase();
    }

    public DesignRole role() {
        return role;
    }

    /** Owners and editors change the model; the UI is read-only for everyone else (and the services refuse). */
    public boolean canEdit() {
        return role.canEdit();
    }

    /**
     * After my own save: reads again only what my committed {@code changes} touched (the entities alone for entity
     * and attribute edits, as for everyone else's changes; else the whole design) and tells every panel. Comment
     * counts are read again only when the changes may have moved them.
     */
    void saved(List<DesignChanged> changes) {
        model = models.loadAfter(model, changes);
        if (changes.isEmpty() || changes.stream().anyMatch(c -> c.elementType() == ElementType.COMMENT
                || c.action() == ChangeAction.DELETE)) {
            openThreads = readOpenThreads();
        }
        fromOthers = false;
        listeners.forEach(l -> l.accept(model));
    }

    /** Reads the model again (after my own save, or when the person asks) and tells every panel. */
    public void reload() {
        model = models.load(designId);
        openThreads = readOpenThreads();
        fromOthers = false;
        listeners.forEach(l -> l.accept(model));
    }

    /**
     * Shows a model someone else's change produced, read before this call (never under the session lock). Panels keep
     * what the person is typing: they check {@link #isReloadFromOthers()} and leave dirty forms alone.
     *
     * @param changes     the changes the model covers, oldest first
     * @param openThreads fresh comment counts, or null when the changes did not touch comments
     */
    void applyFromOthers(DesignModel newer, List<DesignChanged> changes, Map<String, Integer> openThreads) {
        model = newer;
        lastChanges = List.copyOf(changes);
        if (openThreads != null) {
            this.openThreads = openThreads;
        }
        fromOthers = true;
        try {
            listeners.forEach(l -> l.accept(model));
        } finally {
            fromOthers = false;
            lastChanges = List.of();
        }
    }

    /** The open comment threads per element, read now; for live updates, off the UI thread. */
    Map<String, Integer> readOpenThreads() {
        return comments == null ? openThreads : comments.openThreadCounts(designId);
    }

    /**
     * While panels handle an update from others: the changes it covers, so a list can refresh the rows they name
     * instead of being rebuilt. Empty after my own save or a reload.
     */
    public List<DesignChanged> lastChanges() {
        return lastChanges;
    }

    public boolean isReloadFromOthers() {
        return fromOthers;
    }

    /** Tells the others in the design which element this person is looking at or editing (null: none). */
    public void focus(UUID elementId, String element, boolean editing) {
        if (live != null) {
            live.focus(elementId, element, editing);
        }
    }

    public LiveUpdates live() {
        return live;
    }

    void setLive(LiveUpdates live) {
        this.live = live;
    }

    public void onReload(Consumer<DesignModel> listener) {
        listeners.add(listener);
    }
}
