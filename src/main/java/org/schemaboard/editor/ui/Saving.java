package org.schemaboard.editor.ui;

import java.util.ArrayList;
import java.util.List;
import org.schemaboard.base.ChangeOrigin;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.MergeConflictException;
import org.schemaboard.base.ui.Attempt;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.base.ui.Notifications;

/**
 * How every editor form saves: {@link Attempt} with the editor's answer to a conflict ("Reload", or the merge dialog).
 * After a save this editor re-reads only what the committed changes touched ({@link EditorContext#saved}) and skips
 * the design's event for them, which the other open editors apply.
 */
public final class Saving {

    private Saving() {
    }

    /** @return whether the write succeeded */
    public static boolean attempt(Runnable write, FormErrors errors, EditorContext context, String successMessage) {
        return attempt(write, errors, context, successMessage, null);
    }

    /**
     * Like {@link #attempt(Runnable, FormErrors, EditorContext, String)}, for writes that merge with other people's
     * changes: a conflict on the same field opens the {@link ConflictDialog} with the given choices.
     */
    public static boolean attempt(Runnable write, FormErrors errors, EditorContext context, String successMessage,
                                  ConflictDialog.Choices choices) {
        List<DesignChanged> committed = new ArrayList<>();
        boolean saved = Attempt.inForm(() -> committed.addAll(ChangeOrigin.during(context.origin(), write)), errors,
                conflict -> {
                    if (conflict instanceof MergeConflictException merge && choices != null) {
                        errors.clear();
                        new ConflictDialog(merge, choices).open();
                    } else if (!(conflict instanceof MergeConflictException)) {
                        offerReload(conflict, context);
                    }
                });
        return done(saved, committed, context, successMessage);
    }

    /** For actions without a form (delete, reorder): any refusal is shown as a notice. */
    public static boolean attempt(Runnable write, EditorContext context, String successMessage) {
        List<DesignChanged> committed = new ArrayList<>();
        boolean saved = Attempt.action(() -> committed.addAll(ChangeOrigin.during(context.origin(), write)),
                conflict -> offerReload(conflict, context));
        return done(saved, committed, context, successMessage);
    }

    private static void offerReload(ConflictException conflict, EditorContext context) {
        Notifications.errorWithAction(conflict.getMessage(), "Reload", context::reload);
    }

    private static boolean done(boolean saved, List<DesignChanged> committed, EditorContext context,
                                String successMessage) {
        if (saved) {
            context.saved(committed);
            if (successMessage != null) {
                Notifications.success(successMessage);
            }
        }
        return saved;
    }
}
