package org.schemaboard.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.schemaboard.base.UserFacingException;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.review.CommentService;
import org.schemaboard.review.CommentThread;
import org.schemaboard.design.DesignStatus;
import org.schemaboard.review.ElementRef;
import org.schemaboard.review.ReviewRequest;
import org.schemaboard.review.ReviewService;
import org.schemaboard.review.ReviewState;
import org.schemaboard.review.Snapshot;

/**
 * The handoff (status, who was asked, their decisions, the buttons to request a review, withdraw it or decide), the
 * approved versions, and every thread of the design with filters: open / resolved / all, mine, mentioning me, one
 * element.
 */
class ReviewPanel extends Div {

    private static final String OPEN = "Open";
    private static final String RESOLVED = "Resolved";
    private static final String ALL = "All";

    private final EditorContext context;
    private final ReviewService reviews;
    private final CommentService comments;
    private final DesignService designs;
    private final String me;
    private final boolean canComment;
    private final Div handoff = new Div();
    private final Div versions = new Div();
    private final Select<String> show = new Select<>();
    private final Checkbox mine = new Checkbox("Mine");
    private final Checkbox mentioningMe = new Checkbox("Mentioning me");
    private final ComboBox<String> element = new ComboBox<>("Element");
    private final ThreadList list;
    private List<CommentThread> threads = List.of();

    ReviewPanel(EditorContext context, ReviewService reviews, CommentService comments, DesignService designs,
                String me, List<Component> additions) {
        this.context = context;
        this.reviews = reviews;
        this.comments = comments;
        this.designs = designs;
        this.me = me;
        this.canComment = !"VIEWER".equals(context.role().name());
        addClassName("sb-review");
        list = new ThreadList(comments, me, canComment, true, this::refresh);

        handoff.addClassName("sb-review-handoff");
        versions.addClassName("sb-review-versions");

        show.setLabel("Show");
        show.setItems(OPEN, RESOLVED, ALL);
        show.setValue(OPEN);
        show.addValueChangeListener(e -> applyFilters());
        mine.addValueChangeListener(e -> applyFilters());
        mentioningMe.addValueChangeListener(e -> applyFilters());
        element.setClearButtonVisible(true);
        element.setPlaceholder("Any element");
        element.addValueChangeListener(e -> applyFilters());
        Div filters = new Div(show, element, mine, mentioningMe);
        filters.addClassName("sb-review-filters");

        H3 threadsHeading = new H3("Comment threads");
        Div threadsHead = new Div(threadsHeading);
        threadsHead.addClassName("sb-review-threads-head");
        Div threadsBox = new Div(threadsHead, filters, list);
        if (canComment) {
            Button onDesign = new Button("Comment on the design", VaadinIcon.COMMENT_O.create(),
                    e -> new DesignCommentDialog(comments, context.designId(), this::refresh).open());
            onDesign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            threadsHead.add(onDesign);
        }
        threadsBox.addClassName("sb-review-threads");
        add(handoff);
        additions.forEach(this::add);
        add(versions, threadsBox);

        // Someone else's change must not wipe a reply being typed: then only the handoff part is refreshed.
        context.onReload(m -> {
            if (context.isReloadFromOthers() && list.typing()) {
                ReviewState state = reviews.state(context.designId());
                showHandoff(state);
                showVersions(state.snapshots());
            } else {
                refresh();
            }
        });
        refresh();
    }

    private void refresh() {
        ReviewState state = reviews.state(context.designId());
        showHandoff(state);
        showVersions(state.snapshots());
        threads = comments.threads(context.designId());
        List<String> elements = threads.stream().map(ReviewPanel::elementName).distinct()
                .sorted(Comparator.naturalOrder()).toList();
        String chosen = element.getValue();
        element.setItems(elements);
        element.setValue(elements.contains(chosen) ? chosen : null);
        applyFilters();
    }

    private static String elementName(CommentThread t) {
        return t.element().typeLabel() + " " + t.element().label();
    }

    private void applyFilters() {
        String which = show.getValue();
        List<CommentThread> shown = threads.stream()
                .filter(t -> ALL.equals(which) || (OPEN.equals(which) ? t.open() : t.resolved()))
                .filter(t -> !mine.getValue() || t.involves(me))
                .filter(t -> !mentioningMe.getValue() || t.mentioned().contains(me.toLowerCase()))
                .filter(t -> element.getValue() == null || elementName(t).equals(element.getValue()))
                .toList();
        long open = threads.stream().filter(CommentThread::open).count();
        list.show(shown, threads.isEmpty() ? "No comments on this design yet. Use the comment button beside an "
                + "element (or \"Comment on the design\") to start a thread."
                : "No thread matches these filters (" + open + " open of " + threads.size() + ").");
    }

    private void showHandoff(ReviewState state) {
        handoff.removeAll();
        H2 heading = new H2("Handoff review");
        Span status = Badges.of(state.status().label(), switch (state.status()) {
            case DRAFT -> "contrast";
            case IN_REVIEW -> "";
            case APPROVED -> "success";
        });
        status.getElement().setAttribute("aria-label", "Review status: " + state.status().label());
        Div head = new Div(heading, status);
        head.addClassName("sb-review-head");
        handoff.add(head);

        ReviewRequest request = state.latestRequest().orElse(null);
        if (request != null) {
            handoff.add(requestSummary(request));
        } else {
            handoff.add(new Paragraph("No review has been requested yet. When the design is ready, an owner or "
                    + "editor asks reviewers to approve it; each approval freezes an approved version."));
        }
        Div actions = new Div();
        actions.addClassName("sb-review-actions");
        boolean underWay = request != null && request.open();
        if (context.canEdit() && !underWay) {
            Button ask = new Button("Request review", VaadinIcon.USER_CHECK.create(),
                    e -> new RequestReviewDialog(reviews, designs, context.designId(), me, context::reload).open());
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(ask);
        }
        if (underWay && (context.canEdit() && request.requestedBy().equals(me)
                || context.role() == DesignRole.OWNER)) {
            Button withdraw = new Button("Withdraw request", VaadinIcon.CLOSE_CIRCLE_O.create(),
                    e -> confirmWithdraw());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(withdraw);
        }
        if (request != null && request.awaits(me)) {
            Button approve = new Button("Approve", VaadinIcon.CHECK.create(),
                    e -> new DecisionDialog(reviews, context.designId(), true, context::reload).open());
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            Button changes = new Button("Request changes", VaadinIcon.EDIT.create(),
                    e -> new DecisionDialog(reviews, context.designId(), false, context::reload).open());
            changes.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(approve, changes);
        }
        if (actions.getComponentCount() > 0) {
            handoff.add(actions);
        }
    }

    /** Asks before withdrawing: the reviewers' pending work is dropped and they are told. */
    private void confirmWithdraw() {
        ConfirmDialog confirm = new ConfirmDialog("Withdraw the review request?",
                "The design goes back to draft and the reviewers still asked are told. Decisions already given are "
                        + "kept in the history. You can ask for a review again at any time.", "Withdraw request",
                c -> {
                    try {
                        reviews.withdraw(context.designId());
                        Notifications.success("Review request withdrawn");
                    } catch (UserFacingException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    context.reload();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private Div requestSummary(ReviewRequest request) {
        Div box = new Div();
        box.addClassName("sb-review-request");
        String outcome = switch (request.status()) {
            case OPEN -> "";
            case APPROVED -> " Outcome: approved.";
            case CHANGES_REQUESTED -> " Outcome: changes requested; the design is a draft again.";
            case WITHDRAWN -> " Outcome: withdrawn.";
        };
        box.add(new Paragraph(request.requestedByName() + " asked for a review on "
                + ThreadList.time(request.createdAt()) + (request.message() == null ? "." : ": “" + request.message()
                + "”") + outcome));
        UnorderedList reviewers = new UnorderedList();
        reviewers.addClassName("sb-review-decisions");
        for (ReviewRequest.Decision d : request.decisions()) {
            ListItem item = new ListItem(new Span(d.reviewerName()), Badges.of(d.verdict().label(),
                    switch (d.verdict()) {
                        case PENDING -> "contrast small";
                        case APPROVED -> "success small";
                        case CHANGES_REQUESTED -> "error small";
                    }));
            if (request.open() && !d.eligible()) {
                Span gone = new Span("can no longer review this design; does not count");
                gone.addClassName("sb-hint");
                item.add(gone);
            }
            if (request.open() && d.askedAgain()) {
                Span again = new Span("approved an earlier state; asked again after later edits");
                again.addClassName("sb-hint");
                item.add(again);
            }
            if (d.comment() != null) {
                Span comment = new Span("“" + d.comment() + "”");
                comment.addClassName("sb-review-decision-comment");
                item.add(comment);
            }
            reviewers.add(item);
        }
        box.add(reviewers);
        if (request.noEligibleReviewerLeft()) {
            Paragraph stuck = new Paragraph("None of the reviewers asked can review this design any more (removed, "
                    + "no longer a reviewer or owner, or their account is disabled), so nobody can approve this "
                    + "request. Withdraw it and ask someone else.");
            stuck.addClassName("sb-hint");
            stuck.getElement().setAttribute("role", "status");
            box.add(stuck);
        }
        return box;
    }

    private void showVersions(List<Snapshot> snapshots) {
        versions.removeAll();
        H3 heading = new H3("Approved versions");
        versions.add(heading);
        if (snapshots.isEmpty()) {
            versions.add(new Paragraph("None yet."));
            return;
        }
        UnorderedList items = new UnorderedList();
        for (Snapshot s : snapshots) {
            RouterLink open = new RouterLink("Open " + s.label(), SnapshotView.class, new RouteParameters(
                    Map.of("designId", context.designId().toString(), "number", String.valueOf(s.number()))));
            items.add(new ListItem(new Span(s.label() + " — approved by " + s.approvedBy() + " on "
                    + ThreadList.time(s.approvedAt()) + " "), open));
        }
        versions.add(items);
        if (reviews.state(context.designId()).status() == DesignStatus.DRAFT) {
            Paragraph note = new Paragraph("The design has changed since its last approval: this is the next draft.");
            note.addClassName("sb-hint");
            versions.add(note);
        }
    }

    static ElementRef designRef(java.util.UUID designId) {
        return ElementRef.of(ElementRef.DESIGN, designId, "design");
    }
}
