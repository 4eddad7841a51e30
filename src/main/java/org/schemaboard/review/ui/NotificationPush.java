package org.schemaboard.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.schemaboard.review.NotificationsAdded;
import org.schemaboard.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells each open bell of a person that they have new notifications, once the change that made them commits. */
@Component
class NotificationPush {

    private record Bell(UUID userId, UI ui, Runnable refresh) {
    }

    private final CurrentUser currentUser;
    private final Set<Bell> bells = ConcurrentHashMap.newKeySet();

    NotificationPush(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Registers the signed-in person's bell in this UI. */
    Registration subscribe(UI ui, Runnable refresh) {
        UUID user = currentUser.get().map(u -> u.id()).orElse(null);
        if (user == null) {
            return () -> { };
        }
        Bell bell = new Bell(user, ui, refresh);
        bells.add(bell);
        return () -> bells.remove(bell);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void added(NotificationsAdded added) {
        for (Bell bell : bells) {
            if (added.userIds().contains(bell.userId())) {
                bell.ui().access(() -> bell.refresh().run());
            }
        }
    }
}
