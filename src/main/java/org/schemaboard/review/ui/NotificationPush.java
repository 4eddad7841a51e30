package org.schemaboard.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.review.NotificationService;
import org.schemaboard.review.NotificationsAdded;
import org.schemaboard.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells each open bell of a person that they have new notifications, once the change that made them commits.
 *
 * <p>The thread that committed only hands the work over: each bell's unread count is read on a background thread as
 * the bell's owner (not as the person whose change it was), and only the number is then pushed with
 * {@code ui.access}. So the person who saved does not wait for other people's sessions, and no session lock is held
 * while the database is read.
 */
@Component
class NotificationPush {

    private static final Logger log = LoggerFactory.getLogger(NotificationPush.class);

    private record Bell(UUID userId, SecurityContext owner, UI ui, IntConsumer showUnread) {
    }

    private final CurrentUser currentUser;
    private final NotificationService notifications;
    private final BackgroundWork work;
    private final Set<Bell> bells = ConcurrentHashMap.newKeySet();

    NotificationPush(CurrentUser currentUser, NotificationService notifications, BackgroundWork work) {
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.work = work;
    }

    /** Registers the signed-in person's bell in this UI; {@code showUnread} gets the new count, in the UI's lock. */
    Registration subscribe(UI ui, IntConsumer showUnread) {
        UUID user = currentUser.get().map(u -> u.id()).orElse(null);
        if (user == null) {
            return () -> { };
        }
        Bell bell = new Bell(user, SecurityContextHolder.getContext(), ui, showUnread);
        bells.add(bell);
        return () -> bells.remove(bell);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void added(NotificationsAdded added) {
        for (Bell bell : bells) {
            if (added.userIds().contains(bell.userId())) {
                try {
                    work.executeAs(bell.owner(), () -> {
                        int unread = notifications.unreadCount();
                        try {
                            bell.ui().access(() -> bell.showUnread().accept(unread));
                        } catch (UIDetachedException e) {
                            bells.remove(bell); // the page closed before its detach listener ran
                        }
                    });
                } catch (TaskRejectedException e) {
                    // the count is read again at the person's next navigation or when the list is opened
                    log.debug("Server busy: the bell of {} was not refreshed", bell.userId());
                }
            }
        }
    }
}
