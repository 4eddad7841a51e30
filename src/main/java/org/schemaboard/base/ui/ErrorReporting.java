package org.schemaboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import org.schemaboard.base.SignedInUser;
import java.util.HexFormat;
import org.schemaboard.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A failure that reaches the session is shown to the person in words they can act on; the detail goes to the log.
 * Views handle the errors they expect (field errors in forms); this catches the rest: an unexpected failure gets an
 * id that the person sees and that the one log line about it carries, so "error 3fa2c1d0" finds it in the log.
 */
@Component
class ErrorReporting implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorReporting.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = rootOf(error.getThrowable());
            String message;
            if (cause instanceof UserFacingException) {
                message = cause.getMessage();
            } else {
                String id = newId();
                Throwable thrown = error.getThrowable();
                // found in the log by the id the person was shown, with the whole stack trace
                log.error("Error {} for {} at {}: {} ({})", id, SignedInUser.current().map(SignedInUser::username)
                        .orElse("-"), location(), summary(cause), whereInOurCode(thrown), thrown);
                message = "Something went wrong and nothing was saved (error " + id + "). Try again; if it keeps "
                        + "happening, tell your administrator the error id " + id + ".";
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(message));
            }
        }));
    }

    private static String newId() {
        return HexFormat.of().toHexDigits(RANDOM.nextInt());
    }

    private static String location() {
        UI ui = UI.getCurrent();
        return ui == null ? "-" : "/" + ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static String summary(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        return t.getClass().getName() + message;
    }

    /** The first frame of ours in the trace: where to start looking. */
    private static String whereInOurCode(Throwable t) {
        for (Throwable current = t; current != null; current = current.getCause()) {
            for (StackTraceElement frame : current.getStackTrace()) {
                if (frame.getClassName().startsWith("org.schemaboard.")) {
                    return frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
                }
            }
        }
        return "no frame of ours";
    }

    private static Throwable rootOf(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && !(current instanceof UserFacingException)) {
            current = current.getCause();
        }
        return current;
    }
}
