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

    /** Reads the model again (after a save, or to see someone else's change) and tells every panel. */
    void reload() {
        model = models.load(designId);
        listeners.forEach(l -> l.accept(model));
    }

    void onReload(Consumer<DesignModel> listener) {
        listeners.add(listener);
    }
}
