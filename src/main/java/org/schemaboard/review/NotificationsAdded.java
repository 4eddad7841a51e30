package org.schemaboard.review;

import java.util.Set;
import java.util.UUID;

/** Notifications were written for these people; delivered to listeners after the change commits. */
public record NotificationsAdded(Set<UUID> userIds) {
}
