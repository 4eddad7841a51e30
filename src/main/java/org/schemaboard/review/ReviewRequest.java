package org.schemaboard.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A request to review a design, with each requested reviewer's decision. */
public record ReviewRequest(UUID id, String requestedBy, String requestedByName, String message, Status status,
                            OffsetDateTime createdAt, OffsetDateTime closedAt, List<Decision> decisions) {

    public ReviewRequest {
        decisions = List.copyOf(decisions);
    }

    public enum Status { OPEN, APPROVED, CHANGES_REQUESTED, WITHDRAWN }

    public enum Verdict {
        PENDING("Pending"),
        APPROVED("Approved"),
        CHANGES_REQUESTED("Changes requested");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One reviewer's decision (pending until they decide). */
    public record Decision(String reviewer, String reviewerName, Verdict verdict, String comment,
                           OffsetDateTime decidedAt) {
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** Whether {@code username} is asked to decide and has not yet. */
    public boolean awaits(String username) {
        return open() && decisions.stream()
                .anyMatch(d -> d.reviewer().equals(username) && d.verdict() == Verdict.PENDING);
    }
}
