package org.schemaboard.editor.ui;

import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the editor's forms and dialogs raise (STYLE 6: forms raise events, the panel calls the service): "save this
 * draft" and "delete the element" (after the person confirmed), and the dialog footer that raises them.
 */
public final class DraftEvents {

    private DraftEvents() {
    }

    /** The person asked to save the form's content. */
    public static final class Save extends ComponentEvent<Component> {
        private final Object draft;

        Save(Component source, Object draft) {
            super(source, false);
            this.draft = draft;
        }
    }

    /** The person confirmed deleting the element the form shows. */
    public static final class Delete extends ComponentEvent<Component> {
        Delete(Component source) {
            super(source, false);
        }
    }

    /** Listens on {@code form} for its drafts; the draft is of the type the form fires. */
    @SuppressWarnings("unchecked")
    public static <D> void onSave(Component form, Consumer<D> listener) {
        ComponentUtil.addListener(form, Save.class, e -> listener.accept((D) e.draft));
    }

    public static void onDelete(Component form, Runnable listener) {
        ComponentUtil.addListener(form, Delete.class, e -> listener.run());
    }

    public static void fireSave(Component form, Object draft) {
        ComponentUtil.fireEvent(form, new Save(form, draft));
    }

    public static void fireDelete(Component form) {
        ComponentUtil.fireEvent(form, new Delete(form));
    }

    /**
     * The footer of an element's dialog: "Delete <noun>" on the left for an existing element, asking first with the
     * given header and text; "Cancel" and "Save <noun>" on the right.
     *
     * @param confirmHeader null for a new element (no delete button)
     */
    public static void footer(Dialog dialog, String noun, Supplier<Object> draft, String confirmHeader,
                              String confirmText) {
        Button cancel = new Button("Cancel", e -> dialog.close());
        Button save = new Button("Save " + noun, e -> fireSave(dialog, draft.get()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL); // plain Enter belongs to the text areas
        if (confirmHeader != null) {
            Button delete = new Button("Delete " + noun, e -> {
                ConfirmDialog confirm = new ConfirmDialog();
                confirm.setHeader(confirmHeader);
                confirm.setText(confirmText);
                confirm.setCancelable(true);
                confirm.setCancelText("Keep it");
                confirm.setConfirmText("Delete " + noun);
                confirm.setConfirmButtonTheme("error primary");
                confirm.addConfirmListener(c -> fireDelete(dialog));
                confirm.open();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClassName("sb-dialog-delete");
            dialog.getFooter().add(delete);
        }
        dialog.getFooter().add(cancel, save);
    }
}
