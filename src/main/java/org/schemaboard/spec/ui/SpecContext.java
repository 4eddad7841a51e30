package org.schemaboard.spec.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.schemaboard.model.DesignModel;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.DesignChecks;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.SpecificationService;

/**
 * The open editor's context plus the design's specification, read again whenever the editor reloads (after my save,
 * or because someone else changed the design).
 */
public final class SpecContext {

    private final EditorContext editor;
    private final SpecificationService service;
    private final DesignChecks checks;
    private final List<BiConsumer<Specification, Boolean>> listeners = new ArrayList<>();
    private Specification spec;

    public SpecContext(EditorContext editor, SpecificationService service, DesignChecks checks) {
        this.editor = editor;
        this.service = service;
        this.checks = checks;
        this.spec = service.load(editor.designId());
        editor.onReload(model -> {
            spec = service.load(editor.designId());
            boolean fromOthers = editor.isReloadFromOthers();
            listeners.forEach(l -> l.accept(spec, fromOthers));
        });
    }

    EditorContext editor() {
        return editor;
    }

    SpecificationService service() {
        return service;
    }

    Specification spec() {
        return spec;
    }

    /** The design checks' open findings about one section, for a specification that may hold unsaved input. */
    public List<Check> checks(Specification withInput, SpecSection section) {
        return checks.of(editor.model(), withInput, section);
    }

    /** Every open finding of the design checks. */
    public List<Check> checks(Specification withInput) {
        return checks.run(editor.model(), withInput);
    }

    public DesignModel model() {
        return editor.model();
    }

    boolean canEdit() {
        return editor.canEdit();
    }

    /** Called with the new specification and whether the reload came from someone else's change. */
    void onReload(BiConsumer<Specification, Boolean> listener) {
        listeners.add(listener);
    }
}
