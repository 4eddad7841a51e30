package org.schemaboard.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.schemaboard.base.ElementType;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.design.DesignStatus;
import org.schemaboard.review.ReviewService;
import org.schemaboard.review.ReviewState;

/**
 * The design's review status in the editor header: Draft, In review, Approved vN. Read again after my own saves and
 * after others' changes that can move it, so an ordinary live update does no database work under the session lock.
 */
final class ReviewStatusBadge {

    private ReviewStatusBadge() {
    }

    static Component create(ReviewService reviews, EditorContext context) {
        Span holder = new Span();
        holder.addClassName("sb-review-status");
        ReviewState[] shown = {null};
        Runnable show = () -> {
            ReviewState state = reviews.state(context.designId());
            String text = label(state);
            if (shown[0] != null && text.equals(label(shown[0]))) {
                return;
            }
            shown[0] = state;
            holder.removeAll();
            Span badge = Badges.of(text, state.status() == DesignStatus.APPROVED ? "success"
                    : state.status() == DesignStatus.IN_REVIEW ? "" : "contrast");
            badge.getElement().setAttribute("aria-label", "Review status: " + text);
            holder.add(badge);
        };
        show.run();
        context.onReload(m -> {
            // Someone else's edit moves only an approved design (back to draft); a review step moves any.
            if (!context.isReloadFromOthers() || shown[0].status() == DesignStatus.APPROVED
                    || context.lastChanges().stream().anyMatch(c -> c.elementType() == ElementType.REVIEW)) {
                show.run();
            }
        });
        return holder;
    }

    private static String label(ReviewState state) {
        return state.status() == DesignStatus.APPROVED && !state.snapshots().isEmpty()
                ? "Approved " + state.snapshots().get(0).label() : state.status().label();
    }
}
