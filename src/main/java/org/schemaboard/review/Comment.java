package org.schemaboard.review;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One comment of a thread; {@code editedAt} is set once its author changed it. Body is Markdown source. */
public record Comment(UUID id, UUID threadId, String author, String authorName, String body,
                      OffsetDateTime createdAt, OffsetDateTime editedAt, int version) {

    public boolean edited() {
        return editedAt != null;
    }
}
