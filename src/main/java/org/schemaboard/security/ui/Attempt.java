package org.schemaboard.security.ui;

import org.schemaboard.base.ConflictException;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.base.ui.Notifications;

/** How the account pages call a service: field errors beside their fields, any other refusal said in words. */
final class Attempt {

    private Attempt() {
    }

    /** @return whether the write succeeded */
    static boolean inForm(Runnable write, FormErrors errors) {
        errors.clear();
        try {
            write.run();
            return true;
        } catch (ValidationException e) {
            errors.show(e.fieldErrors());
        } catch (ConflictException | NotAllowedException | NotFoundException e) {
            errors.showGeneral(e.getMessage());
        }
        return false;
    }

    /** For a button without a form (disable, unlock): any refusal is a notice. */
    static boolean action(Runnable write) {
        try {
            write.run();
            return true;
        } catch (ValidationException | ConflictException | NotAllowedException | NotFoundException e) {
            Notifications.error(e.getMessage());
            return false;
        }
    }
}
