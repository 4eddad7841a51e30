package org.schemaboard.review.ui;

import org.schemaboard.design.DesignService;
import org.schemaboard.editor.ui.EditorHeaderItem;
import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.review.CommentService;
import org.schemaboard.review.ReviewService;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What review adds to the editor: the Review tab (the handoff and every comment thread), the Members tab (who has
 * which role; owners change them) and the review status beside the design's name.
 */
@Configuration(proxyBeanMethods = false)
class ReviewSections {

    @Bean
    EditorSection reviewSection(ReviewService reviews, CommentService comments, DesignService designs,
                                CurrentUser currentUser, ObjectProvider<ReviewAddition> additions) {
        return new EditorSection("review", "Review", 9000, (context, query) -> new ReviewPanel(context, reviews,
                comments, designs, currentUser.require().username(),
                additions.orderedStream().map(a -> a.create(context)).toList()));
    }

    /** The author's self-critique, which the reviewer reads with the request. */
    @Bean
    ReviewAddition selfCritiqueInReview(org.schemaboard.spec.SpecificationService specifications) {
        return context -> new SelfCritiqueBox(context, specifications);
    }

    @Bean
    EditorSection membersSection(DesignService designs, AccountService accounts, CurrentUser currentUser) {
        return new EditorSection("members", "Members", 9500, (context, query) -> new MembersPanel(context, designs,
                accounts, currentUser.require().username()));
    }

    @Bean
    EditorHeaderItem reviewStatusBadge(ReviewService reviews) {
        return new EditorHeaderItem(EditorHeaderItem.Place.BADGE, 100, context -> ReviewStatusBadge.create(reviews,
                context));
    }
}
