package org.schemaboard.base.ui;

import java.util.function.Consumer;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.UserFacingException;
import org.schemaboard.base.ValidationException;

/**
 * How a view calls a service: field errors beside their fields, any other refusal ({@link UserFacingException}) said in
 * words. Unexpected errors are not caught here; they reach the error handler, which shows an id and logs the trace.
 */
public final class Attempt {

    private Attempt() {
    }

    /** @return whether the write succeeded */
    public static boolean inForm(Runnable write, FormErrors errors) {
        return inForm(write, errors, conflict -> { });
    }

    /**
     * Like {@link #inForm(Runnable, FormErrors)}; a conflict (someone else changed the element) is shown in the form and
     * then handed to {@code onConflict}, which may offer more (reload, a merge dialog).
     */
    public static boolean inForm(Runnable write, FormErrors errors, Consumer<ConflictException> onConflict) {
        errors.clear();
        if (!errors.numbersRead()) {
            return false;
        }
        try {
            write.run();
            return true;
        } catch (ValidationException e) {
            errors.show(e.fieldErrors());
        } catch (ConflictException e) {
            errors.showGeneral(e.getMessage());
            onConflict.accept(e);
        } catch (UserFacingException e) {
            errors.showGeneral(e.getMessage());
        }
        return false;
    }

    /** For a button without a form (delete, disable, unlock): any refusal is a notice. */
    public static boolean action(Runnable write) {
        return action(write, conflict -> Notifications.error(conflict.getMessage()));
    }

    /** Like {@link #action(Runnable)}; a conflict goes to {@code onConflict} instead of a plain notice. */
    public static boolean action(Runnable write, Consumer<ConflictException> onConflict) {
        try {
            write.run();
            return true;
        } catch (ConflictException e) {
            onConflict.accept(e);
        } catch (UserFacingException e) {
            Notifications.error(e.getMessage());
        }
        return false;
    }
}
