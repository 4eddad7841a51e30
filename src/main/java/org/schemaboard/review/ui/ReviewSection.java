package org.schemaboard.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import org.schemaboard.design.DesignService;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.review.CommentService;
import org.schemaboard.review.ReviewService;
import org.schemaboard.security.CurrentUser;

/** The editor's Review tab: the handoff and every comment thread of the design. */
@org.springframework.stereotype.Component
class ReviewSection implements EditorSection {

    private final ReviewService reviews;
    private final CommentService comments;
    private final DesignService designs;
    private final CurrentUser currentUser;

    ReviewSection(ReviewService reviews, CommentService comments, DesignService designs, CurrentUser currentUser) {
        this.reviews = reviews;
        this.comments = comments;
        this.designs = designs;
        this.currentUser = currentUser;
    }

    @Override
    public String key() {
        return "review";
    }

    @Override
    public String label() {
        return "Review";
    }

    @Override
    public int order() {
        return 9000;
    }

    @Override
    public Component create(EditorContext context, QueryParameters query) {
        return new ReviewPanel(context, reviews, comments, designs, currentUser.require().username());
    }
}
