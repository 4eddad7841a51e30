package org.schemaboard.review;

import org.schemaboard.base.Change;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import org.schemaboard.design.DesignStatus;
import org.schemaboard.design.DesignStatuses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignMember;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.RoleRequirement;
import org.schemaboard.export.DesignJson;
import org.schemaboard.export.ExportSource;
import org.schemaboard.spec.SectionContent;
import org.schemaboard.spec.Specification;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.spec.SpecificationService;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.base.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handoff: an owner or editor asks chosen reviewers for a review; each approves or requests changes. When every
 * requested reviewer has approved, the design is approved and its complete model is frozen as the next numbered
 * snapshot. "Changes requested" returns the design to draft; so does any edit of an approved design, and so does
 * withdrawing the request.
 *
 * <p>Only <em>eligible</em> reviewers count: those asked who are still members as reviewer or owner, with an enabled
 * account. One who was removed, demoted or disabled no longer blocks the request, and their approval no longer
 * counts. When the last pending reviewer is removed or demoted and everyone else eligible has approved, the request is
 * approved in that same transaction; when a disabled reviewer was the last one pending, the next decision or
 * membership change settles it. When no eligible reviewer is left at all the request stays open (nobody approves it
 * for them): the review panel says so, and the requester or an owner withdraws it and asks others.
 */
@Service
public class ReviewService implements DesignStatuses {

    public static final int MAX_MESSAGE_LENGTH = 4000;
    /** Changes that are not edits of the design itself: they leave an approved design approved. */
    private static final Set<ElementType> NOT_EDITS = Set.of(ElementType.COMMENT, ElementType.REVIEW,
            ElementType.MEMBER);

    private final ReviewRepository reviews;
    private final CommentService comments;
    private final DesignService designs;
    private final DesignModelService models;
    private final NotificationService notifications;
    private final CurrentUser currentUser;

    private final SpecificationService specifications;
    private final ChecksService checks;

    ReviewService(ReviewRepository reviews, CommentService comments, DesignService designs, DesignModelService models,
                  NotificationService notifications, CurrentUser currentUser,
                  SpecificationService specifications, ChecksService checks) {
        this.specifications = specifications;
        this.checks = checks;
        this.reviews = reviews;
        this.comments = comments;
        this.designs = designs;
        this.models = models;
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    /** Asks the given members (reviewers or owners) to review the design; it is then "In review". */
    @Transactional
    public UUID requestReview(UUID designId, List<String> reviewerUsernames, String message) {
        SignedInUser me = currentUser.require();
        designs.requireRole(designId, RoleRequirement.EDIT);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, DesignMember> members = new LinkedHashMap<>();
        designs.members(designId).forEach(m -> members.put(m.username().toLowerCase(Locale.ROOT), m));
        List<UUID> reviewers = new ArrayList<>();
        List<String> names = reviewerUsernames == null ? List.of() : reviewerUsernames;
        for (String name : names.stream().distinct().toList()) {
            DesignMember member = members.get(name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
            if (member == null) {
                errors.put("reviewers", name + " is not a member of this design");
            } else if (!RoleRequirement.REVIEW.test(member.role())) {
                errors.put("reviewers", member.displayName() + " is " + (member.role() == DesignRole.EDITOR
                        ? "an " : "a ") + member.role().label().toLowerCase(Locale.ROOT)
                        + " here; only reviewers and owners can review");
            } else if (member.userId().equals(me.id())) {
                errors.put("reviewers", "Ask someone else than yourself to review");
            } else {
                reviewers.add(member.userId());
            }
        }
        if (names.isEmpty()) {
            errors.put("reviewers", "Choose at least one reviewer");
        }
        String text = message == null ? null : message.strip();
        if (text != null && text.length() > MAX_MESSAGE_LENGTH) {
            errors.put("message", "Use at most " + MAX_MESSAGE_LENGTH + " characters");
        }
        if (reviews.latestRequest(designId).filter(ReviewRequest::open).isPresent()) {
            errors.put("reviewers", "A review of this design is already under way");
        }
        missingSelfCritique(designId).ifPresent(m -> errors.put("selfCritique", m));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        UUID requestId = UUID.randomUUID();
        reviews.insertRequest(requestId, designId, me.id(), text == null || text.isEmpty() ? null : text, reviewers);
        reviews.setStatus(designId, DesignStatus.IN_REVIEW);
        String design = designs.get(designId).name();
        notifications.tell(reviewers, designId, AppNotification.Kind.REVIEW_REQUESTED,
                me.displayName() + " asks you to review " + design + (text == null || text.isEmpty() ? "" : ": " + text),
                null);
        designs.recordActivity(Change.to(designId, ElementType.REVIEW, requestId, design).made(
                ChangeAction.REQUEST_REVIEW, null, Map.of("reviewers", names, "message", text == null ? "" : text)));
        return requestId;
    }

    /**
     * Why a review cannot be requested yet for want of the author's self-critique (the brief's deliverable after the
     * design), naming the parts still empty; empty when it is written.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> missingSelfCritique(UUID designId) {
        List<org.schemaboard.spec.SelfCritique.Part> missing = specifications.load(designId).selfCritique().missing();
        if (missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Write the self-critique before asking for a review (Plans → Self-critique); "
                + "still empty: " + missing.stream().map(p -> p.label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
    }

    /**
     * Approves as one of the requested reviewers. Refused while a blocking thread is open or an error-level problem of
     * the design checks is (the quality gate). When it is the last approval
     * the design is approved and snapshot v(n+1) is frozen; returns its number, or 0 while others still have to decide.
     * Decisions on one request are taken one after the other (the request's row is locked first), so two reviewers
     * approving at the same moment produce exactly one approved version.
     */
    @Transactional
    public int approve(UUID designId, String comment) {
        SignedInUser me = currentUser.require();
        ReviewRequest request = awaitingMe(designId, me);
        List<String> blocking = comments.openBlockingThreads(designId);
        if (!blocking.isEmpty()) {
            throw ValidationException.of("approval", "Approval waits for " + blocking.size() + " open blocking "
                    + (blocking.size() == 1 ? "thread" : "threads") + " to be resolved: "
                    + String.join(", ", blocking));
        }
        checks.requireNoOpenErrors(designId);
        String text = validComment(comment, false);
        reviews.decide(request.id(), me.id(), ReviewRequest.Verdict.APPROVED, text, asApproved(designId));
        String design = designs.get(designId).name();
        int number = approveIfDecided(designId);
        tellRequester(request, designId, me.displayName() + " approved " + design
                + (number > 0 ? " — approved as v" + number : "") + (text == null ? "" : ": " + text));
        designs.recordActivity(Change.to(designId, ElementType.REVIEW, request.id(),
                design + (number > 0 ? " v" + number : "")).made(ChangeAction.APPROVE, null,
                Map.of("comment", text == null ? "" : text, "snapshot", number)));
        return number;
    }

    /** Requests changes as one of the requested reviewers, with a comment; the design goes back to draft. */
    @Transactional
    public void requestChanges(UUID designId, String comment) {
        SignedInUser me = currentUser.require();
        ReviewRequest request = awaitingMe(designId, me);
        String text = validComment(comment, true);
        reviews.decide(request.id(), me.id(), ReviewRequest.Verdict.CHANGES_REQUESTED, text, null);
        reviews.close(request.id(), ReviewRequest.Status.CHANGES_REQUESTED);
        reviews.setStatus(designId, DesignStatus.DRAFT);
        String design = designs.get(designId).name();
        tellRequester(request, designId, me.displayName() + " requested changes to " + design + ": " + text);
        designs.recordActivity(Change.to(designId, ElementType.REVIEW, request.id(), design)
                .made(ChangeAction.REQUEST_CHANGES, null, Map.of("comment", text)));
    }

    /**
     * Takes back the open review request: its requester can (while still allowed to edit the design), and so can an
     * owner (the requester may have left). The design returns to draft; the reviewers still asked are told.
     */
    @Transactional
    public void withdraw(UUID designId) {
        SignedInUser me = currentUser.require();
        reviews.lockOpenRequest(designId);
        DesignRole role = designs.requireRole(designId, RoleRequirement.READ);
        ReviewRequest request = reviews.latestRequest(designId).filter(ReviewRequest::open)
                .orElseThrow(() -> new NotAllowedException("This design is not in review."));
        boolean requester = request.requestedBy().equals(me.username()) && role.canEdit();
        if (!requester && !role.canManage()) {
            throw new NotAllowedException("Only the person who asked for this review, or an owner of the design, "
                    + "can withdraw it.");
        }
        reviews.close(request.id(), ReviewRequest.Status.WITHDRAWN);
        reviews.setStatus(designId, DesignStatus.DRAFT);
        String design = designs.get(designId).name();
        notifications.tell(reviews.pendingReviewersOf(request.id()), designId, AppNotification.Kind.REVIEW_DECISION,
                me.displayName() + " withdrew the request to review " + design, null);
        designs.recordActivity(Change.to(designId, ElementType.REVIEW, request.id(), design)
                .made(ChangeAction.WITHDRAW_REVIEW, Map.of("status", ReviewRequest.Status.OPEN.name()),
                        Map.of("status", ReviewRequest.Status.WITHDRAWN.name())));
    }

    /**
     * Closes the open request as approved when every eligible reviewer has approved it (see
     * {@link ReviewRequest#approvedByEveryEligibleReviewer}), freezing the next snapshot. The caller holds the
     * request's lock. Returns the snapshot's number, or 0 when the request is not decided yet.
     */
    private int approveIfDecided(UUID designId) {
        ReviewRequest request = reviews.latestRequest(designId).filter(ReviewRequest::open).orElse(null);
        if (request == null || !request.approvedByEveryEligibleReviewer()) {
            return 0;
        }
        reviews.close(request.id(), ReviewRequest.Status.APPROVED);
        reviews.setStatus(designId, DesignStatus.APPROVED);
        int number = reviews.nextSnapshotNumber(designId);
        String approvers = request.decisions().stream().filter(ReviewRequest.Decision::eligible)
                .map(ReviewRequest.Decision::reviewerName).collect(Collectors.joining(", "));
        reviews.insertSnapshot(designId, number, request.id(), approvers, asApproved(designId));
        return number;
    }

    /** The design as a reviewer approves it: the model, the written sections and the NoSQL elements. */
    private String asApproved(UUID designId) {
        return DesignJson.write(new ExportSource(models.load(designId), specifications.load(designId), null, null)
                .withNoSql(checks.noSqlForExport(designId)));
    }

    /**
     * A membership change may leave the open request decided: the last reviewer still pending was removed or made a
     * role that cannot review while everyone else eligible had approved. Then it is approved now, in the same
     * transaction as the membership change.
     */
    private void settleAfterMembershipChange(UUID designId) {
        if (reviews.lockOpenRequest(designId).isEmpty()) {
            return;
        }
        UUID requestId = reviews.latestRequest(designId).map(ReviewRequest::id).orElseThrow();
        int number = approveIfDecided(designId);
        if (number > 0) {
            String design = designs.get(designId).name();
            reviews.requestedByOf(requestId).ifPresent(requester -> notifications.tell(List.of(requester), designId,
                    AppNotification.Kind.REVIEW_DECISION, design + " is approved as v" + number
                            + ": every reviewer who can still review has approved it", null));
            designs.recordActivity(Change.to(designId, ElementType.REVIEW, requestId, design + " v" + number)
                    .made(ChangeAction.APPROVE, null, Map.of("comment", "", "snapshot", number)));
        }
    }

    /** Status, latest request and snapshots, for any member. */
    @Transactional(readOnly = true)
    public ReviewState state(UUID designId) {
        designs.requireRole(designId, RoleRequirement.READ);
        return new ReviewState(reviews.status(designId), reviews.latestRequest(designId), reviews.snapshots(designId));
    }

    /** The status of each of my designs, by design id. */
    @Transactional(readOnly = true)
    @Override
    public Map<UUID, DesignStatus> statusOfMyDesigns() {
        return reviews.statusesFor(currentUser.require().id());
    }

    /** One approved snapshot with its design.json text. */
    @Transactional(readOnly = true)
    public Snapshot snapshot(UUID designId, int number) {
        designs.requireRole(designId, RoleRequirement.READ);
        return reviews.snapshot(designId, number)
                .orElseThrow(() -> new NotFoundException("This design has no approved version v" + number + "."));
    }

    /** The snapshot read back into a model, e.g. to render its specification. */
    @Transactional(readOnly = true)
    public DesignModel snapshotModel(UUID designId, int number) {
        return DesignJson.read(snapshot(designId, number).designJson());
    }

    /** The snapshot read back with its written specification sections, to render the specification as approved. */
    @Transactional(readOnly = true)
    public ExportSource snapshotSource(UUID designId, int number) {
        DesignJson.DesignFile file = DesignJson.readFile(snapshot(designId, number).designJson());
        Specification spec = Specification.empty(designId);
        for (SectionContent section : file.sections()) {
            spec = spec.with(section);
        }
        return new ExportSource(file.model(), spec, null, null).withNoSql(file.nosql());
    }

    /** Any edit of an approved design starts the next draft; the snapshot stays as it was. */
    @EventListener
    void onDesignChanged(DesignChanged change) {
        if (change.elementType() == ElementType.MEMBER) {
            settleAfterMembershipChange(change.designId());
        }
        if (NOT_EDITS.contains(change.elementType()) || change.action() == ChangeAction.DELETE
                && change.elementType() == ElementType.DESIGN) {
            return;
        }
        DesignStatus status = reviews.status(change.designId());
        if (status == DesignStatus.APPROVED) {
            reviews.setStatus(change.designId(), DesignStatus.DRAFT);
        } else if (status == DesignStatus.IN_REVIEW) {
            askApproversAgain(change);
        }
    }

    /**
     * An approval holds for the design as it was approved: an edit while the request is open turns the approvals
     * given so far back into pending decisions, in the edit's transaction, audited and told to those reviewers. Each
     * keeps the state they approved, so they see what changed since ({@link #myEarlierApproval}).
     */
    private void askApproversAgain(DesignChanged change) {
        UUID designId = change.designId();
        UUID requestId = reviews.lockOpenRequest(designId).orElse(null);
        if (requestId == null) {
            return;
        }
        List<UUID> again = reviews.askApproversAgain(requestId);
        if (again.isEmpty()) {
            return;
        }
        String design = designs.get(designId).name();
        notifications.tell(again, designId, AppNotification.Kind.REVIEW_REQUESTED, change.actor() + " changed "
                + design + " after you approved it; please review what changed since and decide again", null);
        designs.recordActivity(Change.to(designId, ElementType.REVIEW, requestId, design).made(
                ChangeAction.ASK_AGAIN, Map.of("approvals", again.size()),
                Map.of("reason", change.action().name().toLowerCase(Locale.ROOT) + " "
                        + change.elementType().name().toLowerCase(Locale.ROOT) + " " + change.elementName())));
    }

    /**
     * The design as I approved it in the open request, when a later edit asked me again; empty otherwise. The Review
     * tab shows me the diff from it to the draft.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<DesignModel> myEarlierApproval(UUID designId) {
        designs.requireRole(designId, RoleRequirement.READ);
        SignedInUser me = currentUser.require();
        return reviews.latestRequest(designId).filter(r -> r.open() && r.decisions().stream()
                        .anyMatch(d -> d.reviewer().equals(me.username()) && d.askedAgain()))
                .flatMap(r -> reviews.approvedJson(r.id(), me.id()))
                .map(DesignJson::read);
    }

    /** The open request that waits for my decision, its row locked until the transaction ends. */
    private ReviewRequest awaitingMe(UUID designId, SignedInUser me) {
        reviews.lockOpenRequest(designId);
        designs.requireRole(designId, RoleRequirement.REVIEW);
        ReviewRequest request = reviews.latestRequest(designId).filter(ReviewRequest::open)
                .orElseThrow(() -> new NotAllowedException("This design is not in review."));
        if (!request.awaits(me.username())) {
            throw new NotAllowedException(request.decisions().stream().anyMatch(d -> d.reviewer().equals(me.username()))
                    ? "You have already decided on this review."
                    : "You are not one of the reviewers asked to review this design.");
        }
        return request;
    }

    private void tellRequester(ReviewRequest request, UUID designId, String message) {
        reviews.requestedByOf(request.id()).ifPresent(requester ->
                notifications.tell(List.of(requester), designId, AppNotification.Kind.REVIEW_DECISION, message, null));
    }

    private static String validComment(String comment, boolean required) {
        String text = comment == null ? "" : comment.strip();
        if (required && text.isEmpty()) {
            throw ValidationException.of("comment", "Say what should change");
        }
        if (text.length() > MAX_MESSAGE_LENGTH) {
            throw ValidationException.of("comment", "Use at most " + MAX_MESSAGE_LENGTH + " characters");
        }
        return text.isEmpty() ? null : text;
    }
}
