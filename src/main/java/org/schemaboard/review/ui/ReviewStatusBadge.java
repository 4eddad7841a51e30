package org.schemaboard.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.design.DesignStatus;
import org.schemaboard.review.ReviewService;
import org.schemaboard.review.ReviewState;

/** The design's review status in the editor header: Draft, In review, Approved vN; follows every reload. */
final class ReviewStatusBadge {

    private ReviewStatusBadge() {
    }

    static Component create(ReviewService reviews, EditorContext context) {
        Span holder = new Span();
        holder.addClassName("sb-review-status");
        Runnable show = () -> {
            ReviewState state = reviews.state(context.designId());
            String text = state.status() == DesignStatus.APPROVED && !state.snapshots().isEmpty()
                    ? "Approved " + state.snapshots().get(0).label() : state.status().label();
            holder.removeAll();
            Span badge = Badges.of(text, state.status() == DesignStatus.APPROVED ? "success"
                    : state.status() == DesignStatus.IN_REVIEW ? "" : "contrast");
            badge.getElement().setAttribute("aria-label", "Review status: " + text);
            holder.add(badge);
        };
        show.run();
        context.onReload(m -> show.run());
        return holder;
    }
}
