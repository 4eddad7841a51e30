package org.schemaboard.review;

import org.schemaboard.design.DesignStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.TestData;
import org.schemaboard.ServiceTest;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignMember;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.export.DesignJson;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.springframework.beans.factory.annotation.Autowired;

/** Comment threads, the handoff review with its quality gate, snapshots, notifications and the last owner. */
@ServiceTest
class ReviewFlowTest {

    @Autowired TestData data;
    @Autowired DesignService designs;
    @Autowired DesignModelService models;
    @Autowired EntityService entities;
    @Autowired CommentService comments;
    @Autowired ReviewService reviews;
    @Autowired NotificationService notifications;
    @Autowired org.schemaboard.spec.SpecificationService specifications;
    @Autowired org.schemaboard.model.nosql.NoSqlService nosql;

    ReviewWorld world;
    ReviewWorld.Sample s;

    @BeforeEach
    void sample() {
        world = new ReviewWorld(data);
        s = world.sample();
    }

    @Test
    void a_blocking_thread_holds_back_approval_until_resolved_then_v1_freezes_the_whole_model() {
        data.as(world.editor, () -> reviews.requestReview(s.design(), List.of(world.reviewer), "Ready"));
        assertThat(data.as(world.viewer, () -> reviews.state(s.design())).status()).isEqualTo(DesignStatus.IN_REVIEW);
        var thread = data.as(world.reviewer, () -> comments.startThread(s.design(),
                ElementRef.of(ElementRef.INDEX, s.index(), "x"), "Why unique? @" + world.editor, true));

        assertThatThrownBy(() -> data.as(world.reviewer, () -> reviews.approve(s.design(), "ok")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Approval waits for 1 open blocking thread to be resolved: index idx_users_email");

        data.as(world.editor, () -> comments.reply(thread, "Emails are unique per user."));
        data.as(world.editor, () -> comments.resolve(thread, 1));
        int number = data.as(world.reviewer, () -> reviews.approve(s.design(), "Looks good"));

        assertThat(number).isEqualTo(1);
        ReviewState state = data.as(world.viewer, () -> reviews.state(s.design()));
        assertThat(state.status()).isEqualTo(DesignStatus.APPROVED);
        assertThat(state.snapshots()).extracting(Snapshot::label).containsExactly("v1");
        assertThat(state.snapshots().get(0).approvedBy()).isEqualTo(TestData.displayName(world.reviewer));
        // the frozen file holds the written sections too (here the self-critique a review request needs)
        String approvedJson = data.as(world.owner, () -> DesignJson.write(new org.schemaboard.export.ExportSource(
                models.load(s.design()), specifications.load(s.design()), null, null)));
        assertThat(data.as(world.viewer, () -> reviews.snapshot(s.design(), 1)).designJson()).isEqualTo(approvedJson);

        // Editing starts the next draft; v1 stays as it was.
        data.as(world.editor, () -> entities.createEntity(s.design(), EntityDraft.named("carts", EntityKind.CORE)));
        assertThat(data.as(world.owner, () -> reviews.state(s.design())).status()).isEqualTo(DesignStatus.DRAFT);
        assertThat(data.as(world.owner, () -> reviews.snapshot(s.design(), 1)).designJson()).isEqualTo(approvedJson);
        assertThat(data.as(world.owner, () -> reviews.snapshotModel(s.design(), 1)).entities())
                .extracting(e -> e.name()).containsExactly("orders", "users");
    }

    @Test
    void an_approved_version_keeps_the_nosql_elements_as_they_were() {
        UUID sessions = data.as(world.owner, () -> nosql.create(s.design(), new org.schemaboard.model.nosql.NoSqlDraft(
                "user sessions", new org.schemaboard.model.nosql.RedisKeyPattern("session:{id}", "hash", 1800, null,
                "volatile-lru", null, null))));
        data.as(world.editor, () -> reviews.requestReview(s.design(), List.of(world.reviewer), "Ready"));
        data.as(world.reviewer, () -> reviews.approve(s.design(), "Looks good"));

        int version = data.as(world.owner, () -> nosql.list(s.design())).get(0).version();
        data.as(world.owner, () -> nosql.delete(sessions, version));

        assertThat(data.as(world.owner, () -> nosql.list(s.design()))).isEmpty();
        assertThat(data.as(world.viewer, () -> reviews.snapshotSource(s.design(), 1)).nosql())
                .extracting(org.schemaboard.model.nosql.NoSqlElement::name).containsExactly("user sessions");
    }

    @Test
    void changes_requested_returns_the_design_to_draft_and_tells_the_requester() {
        data.as(world.editor, () -> reviews.requestReview(s.design(), List.of(world.reviewer, world.owner), null));
        int before = data.as(world.editor, () -> notifications.unreadCount());
        assertThatThrownBy(() -> data.as(world.reviewer, () -> reviews.requestChanges(s.design(), " ")))
                .isInstanceOf(ValidationException.class).hasMessage("Say what should change");

        data.as(world.reviewer, () -> reviews.requestChanges(s.design(), "Index orders.user_id"));

        ReviewState state = data.as(world.owner, () -> reviews.state(s.design()));
        assertThat(state.status()).isEqualTo(DesignStatus.DRAFT);
        assertThat(state.latestRequest().orElseThrow().status()).isEqualTo(ReviewRequest.Status.CHANGES_REQUESTED);
        assertThat(state.snapshots()).isEmpty();
        assertThat(data.as(world.editor, () -> notifications.unreadCount())).isEqualTo(before + 1);
        String design = data.as(world.owner, () -> designs.get(s.design()).name());
        assertThat(data.as(world.editor, () -> notifications.mine(1)).get(0).message())
                .isEqualTo(TestData.displayName(world.reviewer) + " requested changes to " + design
                        + ": Index orders.user_id");
        assertThatThrownBy(() -> data.as(world.owner, () -> reviews.approve(s.design(), null)))
                .isInstanceOf(NotAllowedException.class).hasMessage("This design is not in review.");
    }

    @Test
    void approved_only_when_every_requested_reviewer_approved() {
        data.as(world.editor, () -> reviews.requestReview(s.design(), List.of(world.reviewer, world.owner), null));
        assertThat(data.as(world.owner, () -> reviews.approve(s.design(), null))).isZero();
        assertThat(data.as(world.owner, () -> reviews.state(s.design())).status()).isEqualTo(DesignStatus.IN_REVIEW);
        assertThatThrownBy(() -> data.as(world.owner, () -> reviews.approve(s.design(), null)))
                .isInstanceOf(NotAllowedException.class).hasMessage("You have already decided on this review.");
        assertThat(data.as(world.reviewer, () -> reviews.approve(s.design(), null))).isEqualTo(1);
        assertThat(data.as(world.owner, () -> reviews.state(s.design())).snapshots().get(0).approvedBy())
                .contains(TestData.displayName(world.owner)).contains(TestData.displayName(world.reviewer));
    }

    @Test
    void only_reviewers_and_owners_can_be_asked_and_not_while_a_review_is_under_way() {
        assertThatThrownBy(() -> data.as(world.owner, () -> reviews.requestReview(s.design(),
                List.of(world.viewer), null))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("only reviewers and owners can review");
        assertThatThrownBy(() -> data.as(world.owner, () -> reviews.requestReview(s.design(), List.of(), null)))
                .hasMessage("Choose at least one reviewer");
        data.as(world.owner, () -> reviews.requestReview(s.design(), List.of(world.reviewer), null));
        assertThatThrownBy(() -> data.as(world.editor, () -> reviews.requestReview(s.design(),
                List.of(world.reviewer), null))).hasMessage("A review of this design is already under way");
    }

    @Test
    void a_thread_follows_its_element_through_a_rename_and_outlives_its_deletion() {
        var thread = data.as(world.reviewer, () -> comments.startThread(s.design(),
                ElementRef.of(ElementRef.ENTITY, s.orders(), "ignored"), "Plural?", false));
        data.as(world.editor, () -> entities.updateEntity(s.orders(), 1, EntityDraft.named("purchase", EntityKind.CORE)));
        CommentThread renamed = data.as(world.viewer, () -> comments.threadsOf(s.design(), s.orders().toString())).get(0);
        assertThat(renamed.element().label()).isEqualTo("purchase");
        assertThat(renamed.elementDeleted()).isFalse();

        data.as(world.editor, () -> entities.deleteEntity(s.orders(), 2));
        CommentThread orphan = data.as(world.viewer, () -> comments.threads(s.design())).stream()
                .filter(t -> t.id().equals(thread)).findFirst().orElseThrow();
        assertThat(orphan.elementDeleted()).isTrue();
        assertThat(orphan.element().label()).isEqualTo("orders");
        assertThat(orphan.comments()).extracting(Comment::body).containsExactly("Plural?");
        assertThat(data.as(world.owner, () -> comments.openThreadCounts(s.design())))
                .containsEntry(s.orders().toString(), 1);
    }

    @Test
    void only_the_author_edits_a_comment_and_the_edit_is_marked() {
        var thread = data.as(world.reviewer, () -> comments.startThread(s.design(),
                ElementRef.of(ElementRef.DESIGN, s.design(), "d"), "Frist", false));
        Comment first = data.as(world.owner, () -> comments.threads(s.design())).get(0).comments().get(0);
        assertThatThrownBy(() -> data.as(world.owner, () -> comments.editComment(first.id(), 1, "x")))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only its author can edit a comment.");
        data.as(world.reviewer, () -> comments.editComment(first.id(), 1, "First"));
        Comment edited = data.as(world.owner, () -> comments.threadsOf(s.design(), s.design().toString())).get(0)
                .comments().get(0);
        assertThat(edited.body()).isEqualTo("First");
        assertThat(edited.edited()).isTrue();
        assertThat(thread).isNotNull();
    }

    @Test
    void mentions_and_replies_notify_the_people_concerned_once() {
        int editorBefore = data.as(world.editor, () -> notifications.unreadCount());
        int ownerBefore = data.as(world.owner, () -> notifications.unreadCount());
        var thread = data.as(world.reviewer, () -> comments.startThread(s.design(),
                ElementRef.of(ElementRef.INDEX, s.index(), "i"), "@" + world.editor + " why?", false));
        data.as(world.editor, () -> comments.reply(thread, "Because. @" + world.owner));
        assertThat(data.as(world.editor, () -> notifications.unreadCount())).isEqualTo(editorBefore + 1);
        assertThat(data.as(world.owner, () -> notifications.unreadCount())).isEqualTo(ownerBefore + 1);
        assertThat(data.as(world.reviewer, () -> notifications.mine(1)).get(0).kind())
                .isEqualTo(AppNotification.Kind.REPLY);
        assertThat(data.as(world.owner, () -> comments.threads(s.design())).get(0).mentioned())
                .containsExactlyInAnyOrder(world.editor, world.owner);
        data.as(world.editor, () -> notifications.markAllRead());
        assertThat(data.as(world.editor, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void a_design_always_keeps_an_owner() {
        assertThatThrownBy(() -> data.as(world.owner, () -> designs.setMember(s.design(), world.owner,
                DesignRole.EDITOR))).isInstanceOf(ValidationException.class).hasMessageContaining("only owner");
        assertThatThrownBy(() -> data.as(world.owner, () -> designs.removeMember(s.design(), world.owner)))
                .isInstanceOf(ValidationException.class);
        data.as(world.owner, () -> designs.setMember(s.design(), world.editor, DesignRole.OWNER));
        data.as(world.owner, () -> designs.removeMember(s.design(), world.owner));
        assertThat(data.as(world.editor, () -> designs.members(s.design()))).extracting(DesignMember::username)
                .containsExactly(world.editor, world.reviewer, world.viewer);
    }
}
