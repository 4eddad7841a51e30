package org.schemaboard.editor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.schemaboard.base.ChangeOrigin;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.MergeConflictException;
import org.schemaboard.base.ui.Attempt;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.undo.UndoService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Undo and Redo in the editor's header, also on Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y; Cmd on a Mac) when the focus is
 * not in a text field, where the keys keep undoing typing. They take back the person's own steps only
 * ({@link UndoService}); a conflict with someone else's later change opens the {@link ConflictDialog}.
 */
public class UndoButtons extends Composite<Div> {

    /** Declares the buttons as a header action, before the import and export actions. */
    @Configuration
    static class Declaration {
        @Bean
        EditorHeaderItem undoRedo(UndoService undo) {
            return new EditorHeaderItem(EditorHeaderItem.Place.ACTION, 50,
                    context -> context.canEdit() ? new UndoButtons(undo, context) : null);
        }
    }

    private final UndoService undo;
    private final EditorContext context;
    private final Button undoButton = IconButtons.of(VaadinIcon.ARROW_BACKWARD, "Undo", () -> step(true, false));
    private final Button redoButton = IconButtons.of(VaadinIcon.ARROW_FORWARD, "Redo", () -> step(false, false));

    UndoButtons(UndoService undo, EditorContext context) {
        this.undo = undo;
        this.context = context;
        getContent().add(undoButton, redoButton);
        getContent().addClassName("sb-undo-buttons");
        context.onReload(model -> {
            if (!context.isReloadFromOthers()) { // only my own writes change my history
                refresh();
            }
        });
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                const host = this;
                if (window.sbUndoKeys) { document.removeEventListener('keydown', window.sbUndoKeys); }
                window.sbUndoKeys = e => {
                  if (!(e.ctrlKey || e.metaKey) || e.altKey || !host.isConnected) { return; }
                  const key = e.key.toLowerCase();
                  if (key !== 'z' && key !== 'y') { return; }
                  const path = e.composedPath();
                  if (path.some(n => n.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(n.tagName))) {
                    return;
                  }
                  if (document.querySelector('vaadin-dialog-overlay[opened]')) { return; }
                  e.preventDefault();
                  host.$server.fromKeyboard(key === 'y' || e.shiftKey);
                };
                document.addEventListener('keydown', window.sbUndoKeys);
                """);
    }

    @ClientCallable
    void fromKeyboard(boolean redo) {
        step(!redo, false);
    }

    /** Tooltips name the next step; a button with nothing to do is disabled. */
    private void refresh() {
        UndoService.Status status = undo.status(context.designId());
        describe(undoButton, "Undo", status.nextUndo(), "Ctrl+Z", status.undoable() > 0);
        describe(redoButton, "Redo", status.nextRedo(), "Ctrl+Shift+Z", status.redoable() > 0);
    }

    private static void describe(Button button, String verb, String next, String keys, boolean enabled) {
        String label = next == null ? verb : verb + ": " + next;
        button.setAriaLabel(label);
        button.setTooltipText(label + " (" + keys + ")");
        button.setEnabled(enabled);
    }

    private void step(boolean back, boolean overTheirs) {
        List<DesignChanged> committed = new ArrayList<>();
        String[] label = new String[1];
        boolean done = Attempt.action(() -> committed.addAll(ChangeOrigin.during(context.origin(), () ->
                label[0] = back ? undo.undo(context.designId(), overTheirs) : undo.redo(context.designId(),
                        overTheirs))), conflict -> {
                    if (conflict instanceof MergeConflictException merge) {
                        new ConflictDialog(merge, choices(back)).open();
                    } else {
                        Notifications.errorWithAction(conflict.getMessage(), "Reload", context::reload);
                    }
                });
        if (done) {
            context.saved(committed);
            Notifications.success((back ? "Undone: " : "Redone: ") + label[0]);
        } else {
            refresh();
        }
    }

    private ConflictDialog.Choices choices(boolean back) {
        return new ConflictDialog.Choices() {
            @Override
            public void takeTheirs() {
                Notifications.success("Kept their change; nothing was " + (back ? "undone" : "redone") + ".");
            }

            @Override
            public void applyMineOnTop(int currentVersion) {
                step(back, true);
            }

            @Override
            public void editFurther() {
                context.reload();
            }
        };
    }
}
