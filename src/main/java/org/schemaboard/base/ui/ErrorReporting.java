package org.schemaboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A failure that reaches the session is shown to the person in words they can act on; the detail goes to the log.
 * Views handle the errors they expect (field errors in forms); this catches the rest.
 */
@Component
class ErrorReporting implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorReporting.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = rootOf(error.getThrowable());
            String message;
            if (cause instanceof ConflictException || cause instanceof NotAllowedException
                    || cause instanceof NotFoundException || cause instanceof ValidationException) {
                message = cause.getMessage();
            } else {
                log.error("Unexpected error", error.getThrowable());
                message = "Something went wrong and nothing was saved. Try again; if it keeps happening, "
                        + "tell your administrator (the server log has the details).";
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(message));
            }
        }));
    }

    private static Throwable rootOf(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && !(current instanceof ConflictException)
                && !(current instanceof NotAllowedException) && !(current instanceof ValidationException)
                && !(current instanceof NotFoundException)) {
            current = current.getCause();
        }
        return current;
    }
}
