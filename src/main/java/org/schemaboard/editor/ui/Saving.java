package org.schemaboard.editor.ui;

import org.schemaboard.base.ConflictException;
import org.schemaboard.base.MergeConflictException;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.base.ui.Notifications;

/** How every editor form saves: call the service, then show field errors, a conflict with "Reload", or a refusal. */
public final class Saving {

    private Saving() {
    }

    /** @return whether the write succeeded (then the model has been reloaded) */
    public static boolean attempt(Runnable write, FormErrors errors, EditorContext context, String successMessage) {
        return attempt(write, errors, context, successMessage, null);
    }

    /**
     * Like {@link #attempt(Runnable, FormErrors, EditorContext, String)}, for writes that merge with other people's
     * changes: a conflict on the same field opens the {@link ConflictDialog} with the given choices.
     */
    public static boolean attempt(Runnable write, FormErrors errors, EditorContext context, String successMessage,
                           ConflictDialog.Choices choices) {
        errors.clear();
        try {
            write.run();
        } catch (MergeConflictException e) {
            if (choices == null) {
                errors.showGeneral(e.getMessage());
            } else {
                new ConflictDialog(e, choices).open();
            }
            return false;
        } catch (ValidationException e) {
            errors.show(e.fieldErrors());
            return false;
        } catch (ConflictException e) {
            errors.showGeneral(e.getMessage());
            Notifications.errorWithAction(e.getMessage(), "Reload", context::reload);
            return false;
        } catch (NotAllowedException | NotFoundException e) {
            errors.showGeneral(e.getMessage());
            return false;
        }
        context.reload();
        if (successMessage != null) {
            Notifications.success(successMessage);
        }
        return true;
    }

    /** For actions without a form (delete, reorder): any refusal is shown as a notice. */
    public static boolean attempt(Runnable write, EditorContext context, String successMessage) {
        try {
            write.run();
        } catch (ValidationException | NotAllowedException | NotFoundException e) {
            Notifications.error(e.getMessage());
            return false;
        } catch (ConflictException e) {
            Notifications.errorWithAction(e.getMessage(), "Reload", context::reload);
            return false;
        }
        context.reload();
        if (successMessage != null) {
            Notifications.success(successMessage);
        }
        return true;
    }
}
