package org.schemaboard.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.Race;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignStatus;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How a review request is decided: atomically when reviewers approve at the same moment, by the reviewers who can
 * still review (not by one who was removed, demoted or disabled), and withdrawn by its requester.
 */
@ServiceTest
class ReviewDecisionRulesTest {

    @Autowired TestData data;
    @Autowired DesignService designs;
    @Autowired ReviewService reviews;
    @Autowired NotificationService notifications;
    @Autowired AccountService accounts;
    @Autowired UserAdministration administration;
    @Autowired AuditLog auditLog;
    @Autowired PlatformTransactionManager transactions;

    ReviewWorld world;
    UUID design;
    String first;
    String second;

    /** A design with two reviewers of its own besides the team. */
    @BeforeEach
    void design() {
        world = new ReviewWorld(data);
        design = world.sample().design();
        first = data.account("rv-first");
        second = data.account("rv-second");
        data.as(world.owner, () -> {
            designs.setMember(design, first, DesignRole.REVIEWER);
            designs.setMember(design, second, DesignRole.REVIEWER);
        });
    }

    @Test
    void two_reviewers_approving_at_the_same_moment_produce_exactly_one_approved_version() throws Exception {
        ask(first, second);

        Race.Outcomes outcomes = Race.run(transactions,
                () -> data.as(first, () -> reviews.approve(design, "Fine")),
                () -> data.as(second, () -> reviews.approve(design, "Fine too")));

        assertThat(outcomes.successes()).isEqualTo(2);
        assertThat(List.of(outcomes.first().value(), outcomes.second().value())).containsExactlyInAnyOrder(0, 1);
        ReviewState state = state();
        assertThat(state.status()).isEqualTo(DesignStatus.APPROVED);
        assertThat(state.latestRequest().orElseThrow().status()).isEqualTo(ReviewRequest.Status.APPROVED);
        assertThat(state.snapshots()).extracting(Snapshot::label).containsExactly("v1");
    }

    @Test
    void a_pending_reviewer_who_is_removed_no_longer_blocks_and_the_others_approval_stands() {
        ask(first, second);
        assertThat(data.as(first, () -> reviews.approve(design, "Fine"))).isZero();

        data.as(world.owner, () -> designs.removeMember(design, second));

        ReviewState state = state();
        assertThat(state.status()).isEqualTo(DesignStatus.APPROVED);
        assertThat(state.snapshots()).extracting(Snapshot::label).containsExactly("v1");
        assertThat(state.snapshots().get(0).approvedBy()).isEqualTo(TestData.displayName(first));
    }

    @Test
    void a_pending_reviewer_demoted_to_viewer_no_longer_blocks() {
        ask(first, second);
        data.as(world.owner, () -> designs.setMember(design, second, DesignRole.VIEWER));

        assertThat(data.as(first, () -> reviews.approve(design, "Fine"))).isEqualTo(1);
        assertThat(state().status()).isEqualTo(DesignStatus.APPROVED);
    }

    @Test
    void a_disabled_reviewer_no_longer_blocks() {
        ask(first, second);
        String admin = administrator();
        UUID secondId = accounts.findByUsername(second).orElseThrow().id();
        data.as(admin, () -> administration.setEnabled(secondId, false));

        assertThat(state().latestRequest().orElseThrow().awaits(second)).isFalse();
        assertThat(data.as(first, () -> reviews.approve(design, "Fine"))).isEqualTo(1);
        assertThat(state().snapshots().get(0).approvedBy()).isEqualTo(TestData.displayName(first));
    }

    @Test
    void when_no_eligible_reviewer_is_left_the_request_stays_open_until_it_is_withdrawn() {
        ask(first);
        data.as(world.owner, () -> designs.removeMember(design, first));

        ReviewRequest request = state().latestRequest().orElseThrow();
        assertThat(request.open()).isTrue();
        assertThat(request.noEligibleReviewerLeft()).isTrue();
        assertThat(state().status()).isEqualTo(DesignStatus.IN_REVIEW);
        assertThat(state().snapshots()).isEmpty();

        data.as(world.editor, () -> reviews.withdraw(design));
        assertThat(state().latestRequest().orElseThrow().status()).isEqualTo(ReviewRequest.Status.WITHDRAWN);
    }

    @Test
    void the_requester_withdraws_the_request_the_design_is_a_draft_again_and_the_reviewers_are_told() {
        ask(first, second);
        int unread = data.as(second, () -> notifications.unreadCount());

        data.as(world.editor, () -> reviews.withdraw(design));

        ReviewState state = state();
        assertThat(state.status()).isEqualTo(DesignStatus.DRAFT);
        assertThat(state.latestRequest().orElseThrow().status()).isEqualTo(ReviewRequest.Status.WITHDRAWN);
        assertThat(data.as(second, () -> notifications.unreadCount())).isEqualTo(unread + 1);
        assertThat(data.as(second, () -> notifications.mine(1)).get(0).message())
                .contains("withdrew the request to review");
        AuditRecord last = auditLog.forDesign(design, 1).get(0);
        assertThat(last.action()).isEqualTo(ChangeAction.WITHDRAW_REVIEW);
        assertThat(last.actor()).isEqualTo(world.editor);
        assertThatThrownBy(() -> data.as(first, () -> reviews.approve(design, "late")))
                .isInstanceOf(NotAllowedException.class).hasMessage("This design is not in review.");
        // a new request can be made at once
        data.as(world.editor, () -> reviews.requestReview(design, List.of(first), "Again"));
        assertThat(state().status()).isEqualTo(DesignStatus.IN_REVIEW);
    }

    @Test
    void a_reviewer_cannot_withdraw_a_request_and_nothing_changes() {
        ask(first, second);

        assertThatThrownBy(() -> data.as(first, () -> reviews.withdraw(design)))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("Only the person who asked for this review");
        assertThat(state().latestRequest().orElseThrow().open()).isTrue();
        assertThat(state().status()).isEqualTo(DesignStatus.IN_REVIEW);
    }

    @Test
    void withdrawing_when_no_review_is_under_way_is_refused() {
        assertThatThrownBy(() -> data.as(world.editor, () -> reviews.withdraw(design)))
                .isInstanceOf(NotAllowedException.class).hasMessage("This design is not in review.");
    }

    private void ask(String... reviewers) {
        data.as(world.editor, () -> reviews.requestReview(design, List.of(reviewers), "Please review"));
    }

    private ReviewState state() {
        return data.as(world.owner, () -> reviews.state(design));
    }

    private String administrator() {
        String username = "rv-admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount("test", username, TestData.displayName(username), null, "secret-password", true,
                false);
        return username;
    }
}
