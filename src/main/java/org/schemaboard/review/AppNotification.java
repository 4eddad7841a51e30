package org.schemaboard.review;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a person's notification list. */
public record AppNotification(long id, UUID designId, String designName, Kind kind, String message, UUID threadId,
                              OffsetDateTime createdAt, boolean read) {

    public enum Kind {
        MENTION("Mention"),
        REPLY("Reply"),
        REVIEW_REQUESTED("Review request"),
        REVIEW_DECISION("Review decision");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
