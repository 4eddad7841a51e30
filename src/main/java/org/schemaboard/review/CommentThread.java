package org.schemaboard.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A thread on one element. {@code element.label()} is the element's current name (renames show), or the name it had
 * when the thread was started if the element has since been deleted ({@code elementDeleted}).
 */
public record CommentThread(UUID id, UUID designId, ElementRef element, boolean elementDeleted, boolean blocking,
                            boolean resolved, String resolvedByName, OffsetDateTime resolvedAt, String startedBy,
                            String startedByName, OffsetDateTime startedAt, int version, List<Comment> comments,
                            List<String> mentioned) {

    public CommentThread {
        comments = List.copyOf(comments);
        mentioned = List.copyOf(mentioned);
    }

    public boolean open() {
        return !resolved;
    }

    /** Whether the person started it or wrote in it. */
    public boolean involves(String username) {
        return startedBy.equals(username) || comments.stream().anyMatch(c -> c.author().equals(username));
    }
}
