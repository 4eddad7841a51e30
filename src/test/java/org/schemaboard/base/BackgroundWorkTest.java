package org.schemaboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The executor on its own: refusal when full, the caller's identity on the worker, shutdown. */
class BackgroundWorkTest {

    private final BackgroundWork work = new BackgroundWork(1, 1, Duration.ofSeconds(5));
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        SecurityContextHolder.clearContext();
        work.stop();
    }

    @Test
    void a_full_queue_is_refused_at_once_with_a_message_a_person_can_act_on() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        work.execute(() -> {
            running.countDown();
            await(release);
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> queued = work.start(() -> "queued");
        assertThat(work.queued()).isEqualTo(1);

        CompletableFuture<String> refused = work.start(() -> "refused");

        assertThat(refused).isCompletedExceptionally();
        assertThatThrownBy(refused::get).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(ServerBusyException.class).isInstanceOf(UserFacingException.class)
                .hasMessage("The server is busy: nothing was started. Try again in a moment.");
        assertThatThrownBy(() -> work.execute(() -> { })).isInstanceOf(TaskRejectedException.class)
                .hasMessage(BackgroundWork.BUSY);

        release.countDown();
        assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo("queued");
    }

    @Test
    void a_task_runs_on_a_named_thread_as_the_person_who_handed_it_over_and_leaves_nobody_signed_in_there()
            throws Exception {
        SecurityContext alice = SecurityContextHolder.createEmptyContext();
        alice.setAuthentication(new TestingAuthenticationToken("alice", null, "ROLE_USER"));
        SecurityContextHolder.setContext(alice);

        String seen = work.start(() -> Thread.currentThread().getName() + " as " + signedIn()).get(5, TimeUnit.SECONDS);
        SecurityContextHolder.clearContext();
        String after = work.start(() -> signedIn()).get(5, TimeUnit.SECONDS);

        assertThat(seen).matches("background-\\d+ as alice");
        assertThat(after).isEqualTo("nobody");
    }

    @Test
    void work_done_for_someone_else_runs_as_them_not_as_the_caller() throws Exception {
        SecurityContext caller = SecurityContextHolder.createEmptyContext();
        caller.setAuthentication(new TestingAuthenticationToken("rita", null, "ROLE_USER"));
        SecurityContextHolder.setContext(caller);
        SecurityContext bob = SecurityContextHolder.createEmptyContext();
        bob.setAuthentication(new TestingAuthenticationToken("bob", null, "ROLE_USER"));
        CompletableFuture<String> seen = new CompletableFuture<>();

        work.executeAs(bob, () -> seen.complete(signedIn()));

        assertThat(seen.get(5, TimeUnit.SECONDS)).isEqualTo("bob");
    }

    @Test
    void a_failure_reaches_the_future_as_it_was_thrown() {
        CompletableFuture<String> failed = work.start(() -> {
            throw new ValidationException(java.util.Map.of("sql", "Paste the SQL"));
        });

        assertThatThrownBy(() -> failed.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(ValidationException.class);
    }

    @Test
    void shutdown_lets_the_task_already_running_finish_and_refuses_new_ones() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<String> longTask = work.start(() -> {
            running.countDown();
            await(release);
            return "finished";
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        Thread stopper = new Thread(work::stop);
        stopper.start();
        release.countDown();
        stopper.join(5000);

        assertThat(longTask.get(1, TimeUnit.SECONDS)).isEqualTo("finished");
        assertThat(work.start(() -> "late")).isCompletedExceptionally();
    }

    private static String signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "nobody" : auth.getName();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
