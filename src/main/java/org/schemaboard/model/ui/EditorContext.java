package org.schemaboard.model.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;

/** What every panel of one open editor shares: the current model, the person's role, and a way to reload. */
final class EditorContext {

    private final DesignModelService models;
    private final UUID designId;
    private final DesignRole role;
    private final List<Consumer<DesignModel>> listeners = new ArrayList<>();
    private DesignModel model;
    private boolean fromOthers;
    private LiveUpdates live;

    EditorContext(DesignModelService models, UUID designId, DesignRole role) {
        this.models = models;
        this.designId = designId;
        this.role = role;
        this.model = models.load(designId);
    }

    DesignModel model() {
        return model;
    }

    UUID designId() {
        return designId;
    }

    TargetDatabase target() {
        return model.targetDatabase();
    }

    DesignRole role() {
        return role;
    }

    /** Owners and editors change the model; the UI is read-only for everyone else (and the services refuse). */
    boolean canEdit() {
        return role.canEdit();
    }

    /** Reads the model again after my own save and tells every panel. */
    void reload() {
        model = models.load(designId);
        fromOthers = false;
        listeners.forEach(l -> l.accept(model));
    }

    /**
     * Reads the model again because someone else changed it. Panels keep what the person is typing: they check
     * {@link #isReloadFromOthers()} and leave dirty forms alone.
     */
    void reloadFromOthers() {
        model = models.load(designId);
        fromOthers = true;
        try {
            listeners.forEach(l -> l.accept(model));
        } finally {
            fromOthers = false;
        }
    }

    boolean isReloadFromOthers() {
        return fromOthers;
    }

    LiveUpdates live() {
        return live;
    }

    void setLive(LiveUpdates live) {
        this.live = live;
    }

    void onReload(Consumer<DesignModel> listener) {
        listeners.add(listener);
    }
}
