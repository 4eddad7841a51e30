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

    /**
     * One reviewer's decision (pending until they decide). {@code eligible}: the reviewer can still decide — still a
     * member of the design as reviewer or owner, with an enabled account. Only eligible reviewers count: one who was
     * removed, demoted or disabled neither blocks the request nor approves it. {@code approvedEarlier}: they approved
     * this request once; while pending again, their approval was reset by a later edit and they are asked again.
     */
    public record Decision(String reviewer, String reviewerName, Verdict verdict, String comment,
                           OffsetDateTime decidedAt, boolean eligible, boolean approvedEarlier) {

        /** Approved once, then the design changed: asked to decide again. */
        public boolean askedAgain() {
            return verdict == Verdict.PENDING && approvedEarlier;
        }
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** Whether {@code username} is asked to decide, has not yet, and still can. */
    public boolean awaits(String username) {
        return open() && decisions.stream()
                .anyMatch(d -> d.reviewer().equals(username) && d.verdict() == Verdict.PENDING && d.eligible());
    }

    /** Whether every eligible reviewer has approved (and there is one): the request is then decided as approved. */
    public boolean approvedByEveryEligibleReviewer() {
        List<Decision> eligible = decisions.stream().filter(Decision::eligible).toList();
        return !eligible.isEmpty() && eligible.stream().allMatch(d -> d.verdict() == Verdict.APPROVED);
    }

    /**
     * Whether an open request can no longer be decided: none of the reviewers asked can decide any more (all removed,
     * demoted or disabled). It stays open, so nothing is approved by nobody; its requester withdraws it and asks again.
     */
    public boolean noEligibleReviewerLeft() {
        return open() && decisions.stream().noneMatch(Decision::eligible);
    }
}
