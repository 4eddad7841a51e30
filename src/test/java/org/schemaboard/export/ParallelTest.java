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
}
