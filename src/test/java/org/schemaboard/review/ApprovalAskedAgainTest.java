package org.schemaboard.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.design.DesignStatus;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityService;
import org.springframework.beans.factory.annotation.Autowired;

/** An approval counts for the design as it was approved: a later edit in the open request asks the reviewer again. */
@ServiceTest
class ApprovalAskedAgainTest {

    @Autowired TestData data;
    @Autowired ReviewService reviews;
    @Autowired EntityService entities;
    @Autowired NotificationService notifications;
    @Autowired AuditLog auditLog;

    ReviewWorld world;
    ReviewWorld.Sample s;

    @BeforeEach
    void sample() {
        world = new ReviewWorld(data);
        s = world.sample();
        data.as(world.editor, () -> reviews.requestReview(s.design(), List.of(world.reviewer, world.owner), "Ready"));
    }

    @Test
    void an_edit_after_an_approval_asks_that_reviewer_again_audited_and_told() {
        data.as(world.reviewer, () -> reviews.approve(s.design(), "ok"));
        int unread = data.as(world.reviewer, () -> notifications.unreadCount());
        assertThat(data.as(world.reviewer, () -> reviews.myEarlierApproval(s.design()))).isEmpty();

        data.as(world.editor, () -> entities.addAttribute(s.users(), AttributeDraft.of("bio", "TEXT")));

        ReviewRequest request = data.as(world.owner, () -> reviews.state(s.design())).latestRequest().orElseThrow();
        ReviewRequest.Decision mine = request.decisions().stream()
                .filter(d -> d.reviewer().equals(world.reviewer)).findFirst().orElseThrow();
        assertThat(mine.verdict()).isEqualTo(ReviewRequest.Verdict.PENDING);
        assertThat(mine.askedAgain()).isTrue();
        assertThat(request.awaits(world.reviewer)).isTrue();
        assertThat(data.as(world.reviewer, () -> reviews.myEarlierApproval(s.design())).orElseThrow().entities())
                .flatExtracting(e -> e.attributes()).extracting(a -> a.name()).doesNotContain("bio");
        assertThat(data.as(world.reviewer, () -> notifications.unreadCount())).isEqualTo(unread + 1);
        assertThat(data.as(world.reviewer, () -> notifications.mine(1)).get(0).message())
                .contains("after you approved it");
        AuditRecord last = auditLog.forDesign(s.design(), 1).get(0);
        assertThat(last.action()).isEqualTo(ChangeAction.ASK_AGAIN);
        assertThat(last.actor()).isEqualTo(world.editor);

        // The other reviewer's approval alone no longer approves the design: the first one decides again.
        assertThat(data.as(world.owner, () -> reviews.approve(s.design(), "fine"))).isZero();
        assertThat(data.as(world.owner, () -> reviews.state(s.design())).status()).isEqualTo(DesignStatus.IN_REVIEW);
        int number = data.as(world.reviewer, () -> reviews.approve(s.design(), "still fine"));
        assertThat(number).isEqualTo(1);
        assertThat(data.as(world.owner, () -> reviews.snapshotModel(s.design(), 1)).entities())
                .flatExtracting(e -> e.attributes()).extracting(a -> a.name()).contains("bio");
    }

    @Test
    void an_edit_before_anyone_approved_changes_no_decision_and_writes_no_extra_history() {
        data.as(world.editor, () -> entities.addAttribute(s.users(), AttributeDraft.of("bio", "TEXT")));

        assertThat(auditLog.forDesign(s.design(), 1).get(0).action()).isEqualTo(ChangeAction.CREATE);
        assertThat(data.as(world.owner, () -> reviews.state(s.design())).latestRequest().orElseThrow().decisions())
                .noneMatch(ReviewRequest.Decision::askedAgain);
    }
}
