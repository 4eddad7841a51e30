package org.schemaboard.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.springframework.beans.factory.annotation.Autowired;

/** Only the design's current members are notified of it, and only they read the excerpts already sent. */
@ServiceTest
class NotificationMembershipTest {

    @Autowired TestData data;
    @Autowired DesignService designs;
    @Autowired CommentService comments;
    @Autowired ReviewService reviews;
    @Autowired NotificationService notifications;

    ReviewWorld world;
    ReviewWorld.Sample s;
    String leaver;

    @BeforeEach
    void aMemberWhoTookPartInAThread() {
        world = new ReviewWorld(data);
        s = world.sample();
        leaver = data.account("leaver");
        data.as(world.owner, () -> designs.setMember(s.design(), leaver, DesignRole.EDITOR));
    }

    @Test
    void a_removed_participant_gets_no_more_replies_and_no_longer_reads_the_excerpts_already_sent() {
        UUID thread = data.as(world.owner, () -> comments.startThread(s.design(),
                ElementRef.of(ElementRef.ENTITY, s.users(), "users"), "Secret plan: @" + leaver, false));
        data.as(leaver, () -> comments.reply(thread, "Noted"));
        List<AppNotification> before = data.as(leaver, () -> notifications.mine(10));
        assertThat(before).hasSize(1);
        assertThat(before.get(0).message()).contains("Secret plan");

        data.as(world.owner, () -> designs.removeMember(s.design(), leaver));
        data.as(world.owner, () -> comments.reply(thread, "Second secret"));

        List<AppNotification> after = data.as(leaver, () -> notifications.mine(10));
        assertThat(after).hasSize(1);
        assertThat(after.get(0).message()).isEqualTo(NotificationRepository.NO_LONGER_A_MEMBER)
                .doesNotContain("Secret");
        assertThat(after.get(0).threadId()).isNull();
        assertThat(data.as(leaver, () -> notifications.unreadCount())).isEqualTo(1);
    }

    @Test
    void a_requester_who_left_is_not_told_the_decision() {
        data.as(leaver, () -> reviews.requestReview(s.design(), List.of(world.reviewer), "Please"));
        data.as(world.owner, () -> designs.removeMember(s.design(), leaver));

        data.as(world.reviewer, () -> reviews.requestChanges(s.design(), "Add an index, and more secrets"));

        assertThat(data.as(leaver, () -> notifications.mine(10))).isEmpty();
    }

    @Test
    void a_member_who_comes_back_reads_the_old_excerpts_again() {
        UUID thread = data.as(world.owner, () -> comments.startThread(s.design(),
                ElementRef.of(ElementRef.ENTITY, s.users(), "users"), "Hello @" + leaver, false));
        data.as(world.owner, () -> designs.removeMember(s.design(), leaver));
        data.as(world.owner, () -> designs.setMember(s.design(), leaver, DesignRole.VIEWER));

        List<AppNotification> mine = data.as(leaver, () -> notifications.mine(10));
        assertThat(mine.get(0).message()).contains("Hello");
        assertThat(mine.get(0).threadId()).isEqualTo(thread);
    }
}
