package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Parts shared out over an executor, the caller taking its share: in order, and never stalled by the executor. */
class ParallelTest {

    private static final List<Integer> NUMBERS = IntStream.range(0, 1000).boxed().toList();

    @Test
    void results_come_back_in_the_items_order() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            assertThat(Parallel.map(NUMBERS, n -> n * 2, pool))
                    .containsExactlyElementsOf(NUMBERS.stream().map(n -> n * 2).toList());
        } finally {
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void an_executor_that_refuses_everything_or_never_gets_round_to_it_only_leaves_the_caller_to_do_it_all() {
        assertThat(Parallel.map(NUMBERS, n -> n + 1, task -> {
            throw new RejectedExecutionException("full");
        })).hasSize(1000).startsWith(1, 2, 3);
        // an executor whose threads are all busy: the helpers wait in its queue for ever
        assertThat(Parallel.map(NUMBERS, n -> n + 1, task -> { })).hasSize(1000).endsWith(1000);
    }

    @Test
    void the_first_failure_is_rethrown_once_the_parts_are_done() {
        assertThatThrownBy(() -> Parallel.map(NUMBERS, n -> {
            if (n == 500) {
                throw new IllegalArgumentException("bad " + n);
            }
            return n;
        }, Runnable::run)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad 500");
    }

    @Test
    void a_shared_value_is_computed_once_by_whichever_thread_comes_first_and_a_task_can_wait_for_it() {
        java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();
        for (java.util.concurrent.Executor executor : List.<java.util.concurrent.Executor>of(Runnable::run, task -> { },
                Executors.newFixedThreadPool(2))) {
            computed.set(0);
            Parallel.Shared<Integer> shared = new Parallel.Shared<>(() -> {
                computed.incrementAndGet();
                return 42;
            });
            List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            // the first task (the caller's) needs the value the second computes: sequential or not, no deadlock
            Parallel.run(List.of(() -> seen.add(shared.get()), shared, () -> seen.add(shared.get() + 1)), executor);

            assertThat(seen).containsExactlyInAnyOrder(42, 43);
            assertThat(computed).hasValue(1);
            if (executor instanceof ExecutorService pool) {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void a_failed_shared_value_fails_the_task_that_needs_it() {
        Parallel.Shared<Integer> shared = new Parallel.Shared<>(() -> {
            throw new IllegalStateException("no value");
        });
        assertThatThrownBy(() -> Parallel.run(List.of(() -> shared.get(), shared), Runnable::run))
                .isInstanceOf(IllegalStateException.class).hasMessage("no value");
    }
}
