package org.schemaboard.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.TestData.EDITOR;
import static org.schemaboard.TestData.REVIEWER;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.SignedInUser;
import org.schemaboard.review.CommentService;
import org.schemaboard.review.ElementRef;
import org.schemaboard.review.NotificationService;
import org.springframework.beans.factory.annotation.Autowired;

/** A bell learns of new notifications after the commit, without the committing thread touching its UI. */
@ServiceTest
class NotificationPushTest {

    /** A UI that records who calls {@code access} on which thread, and runs the command there. */
    static final class RecordingUi extends UI {
        final List<String> accesses = new CopyOnWriteArrayList<>();

        @Override
        public Future<Void> access(Command command) {
            accesses.add(Thread.currentThread().getName() + " as "
                    + SignedInUser.current().map(SignedInUser::username).orElse("nobody"));
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }

    @Autowired
    NotificationPush push;
    @Autowired
    TestData fixture;
    @Autowired
    CommentService comments;
    @Autowired
    NotificationService notifications;

    @Test
    void the_committing_thread_hands_over_and_the_bell_owners_count_is_read_as_them_before_the_ui_is_touched()
            throws Exception {
        UUID design = fixture.newDesign();
        TestData.Sample sample = fixture.sample(design);
        RecordingUi editorsPage = new RecordingUi();
        CompletableFuture<Integer> shown = new CompletableFuture<>();
        Registration bell = fixture.as(EDITOR, () -> push.subscribe(editorsPage, shown::complete));
        try {
            String committing = Thread.currentThread().getName();

            fixture.as(REVIEWER, () -> comments.startThread(design, ElementRef.of(ElementRef.INDEX, sample.index(),
                    "idx_users_email"), "@" + EDITOR + " why unique?", false));

            int unread = shown.get(10, TimeUnit.SECONDS);
            assertThat(unread).isEqualTo(fixture.as(EDITOR, () -> notifications.unreadCount())).isPositive();
            assertThat(editorsPage.accesses).hasSize(1).allSatisfy(access -> assertThat(access)
                    .doesNotStartWith(committing + " ").matches("background-\\d+ as " + EDITOR));
        } finally {
            bell.remove();
        }
    }
}
