package org.schemaboard.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.schemaboard.security.AccountSessionsEnded;
import org.schemaboard.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Every open Vaadin session, so that when an account's sessions are ended (password reset or changed, disabled,
 * administrator role removed) their open pages are sent to the sign-in page and the HTTP sessions invalidated at once,
 * rather than at their next navigation. The session that made the change keeps going when it holds the account's new
 * session epoch (its own password change). Services refuse ended sessions anyway ({@link CurrentUser#require()}).
 */
@Component
class OpenSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(OpenSessions.class);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final CurrentUser currentUser;

    OpenSessions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    @EventListener
    void onSessionsEnded(AccountSessionsEnded ended) {
        for (VaadinSession session : List.copyOf(sessions)) {
            Object principal = principal(session);
            if (principal != null && currentUser.accountOf(principal).filter(ended.accountId()::equals).isPresent()
                    && !currentUser.isStillValid(principal)) {
                end(session);
            }
        }
    }

    private static Object principal(VaadinSession session) {
        try {
            WrappedSession http = session.getSession();
            Object context = http == null ? null
                    : http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication auth = context instanceof SecurityContext security ? security.getAuthentication() : null;
            return auth == null ? null : auth.getPrincipal();
        } catch (IllegalStateException alreadyInvalidated) {
            return null;
        }
    }

    /** Sends each open page of the session to the sign-in page, then invalidates the session. */
    private void end(VaadinSession session) {
        sessions.remove(session);
        session.access(() -> {
            String login = session.getService() instanceof VaadinServletService servlet
                    ? servlet.getServlet().getServletContext().getContextPath() + "/login" : "/login";
            for (UI ui : List.copyOf(session.getUIs())) {
                ui.getPage().setLocation(login);
                if (ui.getPushConfiguration().getPushMode().isEnabled()) {
                    ui.push();
                }
            }
            log.info("Ended a session of an account whose sign-in is no longer valid");
        });
        // invalidated a moment later: invalidating at once could close the push connection before the pages got
        // their way to the sign-in page (services refuse the session meanwhile all the same)
        INVALIDATE_LATER.execute(() -> session.access(() -> {
            WrappedSession http = session.getSession();
            if (http == null) {
                return; // closed meanwhile (the page's sign-out on its way to the sign-in page): nothing left to end
            }
            try {
                http.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // invalidated meanwhile: nothing left to end
            }
        }));
    }

    private static final Executor INVALIDATE_LATER = CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS);
}
