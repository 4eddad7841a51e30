package org.schemaboard.review;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's in-app notifications: mentions, new comments in threads they take part in, review requests and
 * decisions. Written by the comment and review services in the same transaction as the change that caused them.
 */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser,
                        ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** My notifications, newest first. */
    @Transactional(readOnly = true)
    public List<AppNotification> mine(int limit) {
        return notifications.forUser(currentUser.require().id(), limit);
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        return currentUser.get().map(me -> notifications.unread(me.id())).orElse(0);
    }

    @Transactional
    public void markAllRead() {
        notifications.markAllRead(currentUser.require().id());
    }

    /**
     * Tells each of {@code recipients} who is a member of the design now, except the person acting: a thread's former
     * participant or a review's former requester who has left the design gets no more excerpts of it.
     */
    void tell(Collection<UUID> recipients, UUID designId, AppNotification.Kind kind, String message, UUID threadId) {
        UUID me = currentUser.require().id();
        Set<UUID> members = notifications.membersAmong(designId, recipients);
        Set<UUID> told = recipients.stream().filter(r -> !r.equals(me) && members.contains(r))
                .collect(Collectors.toSet());
        told.forEach(r -> notifications.insert(r, designId, kind, message, threadId));
        if (!told.isEmpty()) {
            events.publishEvent(new NotificationsAdded(told));
        }
    }
}
