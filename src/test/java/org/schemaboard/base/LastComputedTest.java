package org.schemaboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LastComputedTest {

    final List<String> computed = new ArrayList<>();
    final LastComputed<String, String> last = new LastComputed<>(2);

    String compute(String source) {
        computed.add(source);
        return source.toUpperCase();
    }

    @Test
    void an_equal_source_is_served_the_value_computed_before_and_another_source_is_computed() {
        UUID design = UUID.randomUUID();

        assertThat(last.get(design, "v1", this::compute)).isEqualTo("V1");
        assertThat(last.get(design, new String("v1"), this::compute)).isEqualTo("V1");
        assertThat(last.get(design, "v2", this::compute)).isEqualTo("V2");
        assertThat(last.get(design, "v1", this::compute)).isEqualTo("V1");

        assertThat(computed).containsExactly("v1", "v2", "v1");
    }

    @Test
    void at_most_the_given_number_of_designs_is_kept_the_least_recently_used_dropped() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        String sa = "a";
        String sb = "b";
        last.get(a, sa, this::compute);
        last.get(b, sb, this::compute);
        last.get(a, sa, this::compute); // a used last: b is the eldest
        last.get(c, "c", this::compute);

        last.get(a, sa, this::compute);
        last.get(b, sb, this::compute);

        assertThat(computed).containsExactly("a", "b", "c", "b");
    }

    @Test
    void two_callers_asking_at_once_for_one_design_compute_once() throws Exception {
        UUID design = UUID.randomUUID();
        java.util.concurrent.CountDownLatch computing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Function<String, String> slow = s -> {
            runs.incrementAndGet();
            computing.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return s.toUpperCase();
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> last.get(design, "v1", slow));
            computing.await();
            var second = pool.submit(() -> last.get(design, "v1", slow));
            Thread.sleep(100); // the second is waiting for the first
            finish.countDown();
            assertThat(first.get()).isEqualTo("V1");
            assertThat(second.get()).isEqualTo("V1");
            assertThat(runs.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void without_a_design_nothing_is_kept() {
        String file = "file";
        last.get(null, file, this::compute);
        last.get(null, file, this::compute);
        assertThat(computed).containsExactly("file", "file");
    }
}
