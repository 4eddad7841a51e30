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
 * snapshot. "Changes requested" returns the design to draft; so does any edit of an approved design.
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
     * Approves as one of the requested reviewers. Refused while a blocking thread is open or an error-level problem of
     * the design checks is (the quality gate). When it is the last approval
     * the design is approved and snapshot v(n+1) is frozen; returns its number, or 0 while others still have to decide.
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
        reviews.decide(request.id(), me.id(), ReviewRequest.Verdict.APPROVED, text);
        String design = designs.get(designId).name();
        boolean last = request.decisions().stream()
                .allMatch(d -> d.reviewer().equals(me.username()) || d.verdict() == ReviewRequest.Verdict.APPROVED);
        int number = 0;
        if (last) {
            reviews.close(request.id(), ReviewRequest.Status.APPROVED);
            reviews.setStatus(designId, DesignStatus.APPROVED);
            number = reviews.nextSnapshotNumber(designId);
            String approvers = request.decisions().stream().map(ReviewRequest.Decision::reviewerName)
                    .collect(Collectors.joining(", "));
            DesignModel model = models.load(designId);
            reviews.insertSnapshot(designId, number, request.id(), approvers,
                    DesignJson.write(new ExportSource(model, specifications.load(designId), null, null)));
        }
        tellRequester(request, designId, me.displayName() + " approved " + design
                + (last ? " — approved as v" + number : "") + (text == null ? "" : ": " + text));
        designs.recordActivity(Change.to(designId, ElementType.REVIEW, request.id(),
                design + (last ? " v" + number : "")).made(ChangeAction.APPROVE, null,
                Map.of("comment", text == null ? "" : text, "snapshot", number)));
        return number;
    }

    /** Requests changes as one of the requested reviewers, with a comment; the design goes back to draft. */
    @Transactional
    public void requestChanges(UUID designId, String comment) {
        SignedInUser me = currentUser.require();
        ReviewRequest request = awaitingMe(designId, me);
        String text = validComment(comment, true);
        reviews.decide(request.id(), me.id(), ReviewRequest.Verdict.CHANGES_REQUESTED, text);
        reviews.close(request.id(), ReviewRequest.Status.CHANGES_REQUESTED);
        reviews.setStatus(designId, DesignStatus.DRAFT);
        String design = designs.get(designId).name();
        tellRequester(request, designId, me.displayName() + " requested changes to " + design + ": " + text);
        designs.recordActivity(Change.to(designId, ElementType.REVIEW, request.id(), design)
                .made(ChangeAction.REQUEST_CHANGES, null, Map.of("comment", text)));
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
        return new ExportSource(file.model(), spec, null, null);
    }

    /** Any edit of an approved design starts the next draft; the snapshot stays as it was. */
    @EventListener
    void onDesignChanged(DesignChanged change) {
        if (NOT_EDITS.contains(change.elementType()) || change.action() == ChangeAction.DELETE
                && change.elementType() == ElementType.DESIGN) {
            return;
        }
        if (reviews.status(change.designId()) == DesignStatus.APPROVED) {
            reviews.setStatus(change.designId(), DesignStatus.DRAFT);
        }
    }

    private ReviewRequest awaitingMe(UUID designId, SignedInUser me) {
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
