package org.schemaboard.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.ElementType;

/** The bus hands each listener its design's events one at a time, in the order they were published. */
class InProcessDesignEventBusTest {

    private final InProcessDesignEventBus bus = new InProcessDesignEventBus();

    @AfterEach
    void shutdown() throws InterruptedException {
        bus.shutdown();
    }

    @Test
    void each_listener_gets_its_designs_changes_in_publishing_order_and_never_two_at_once() throws Exception {
        UUID design = UUID.randomUUID();
        int changes = 300;
        List<List<String>> received = List.of(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        List<String> overlaps = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2 * changes);
        String publisher = Thread.currentThread().getName();
        for (List<String> mine : received) {
            boolean[] inside = {false};
            bus.subscribe(design, change -> {
                if (inside[0] || Thread.currentThread().getName().equals(publisher)) {
                    overlaps.add(change.elementName());
                }
                inside[0] = true;
                mine.add(change.elementName());
                if (change.elementName().endsWith("0")) {
                    LockSupport.parkNanos(200_000); // an occasional slower delivery: later ones queue behind it
                }
                inside[0] = false;
                done.countDown();
            }, presence -> { });
        }

        for (int i = 0; i < changes; i++) {
            bus.publish(new DesignChanged(design, "alice", ChangeAction.UPDATE, ElementType.ENTITY, UUID.randomUUID(), "change " + i));
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        List<String> inOrder = IntStream.range(0, changes).mapToObj(i -> "change " + i).toList();
        assertThat(received.get(0)).containsExactlyElementsOf(inOrder);
        assertThat(received.get(1)).containsExactlyElementsOf(inOrder);
        assertThat(overlaps).isEmpty();
    }

    @Test
    void a_lane_runs_its_tasks_in_order_and_a_slow_lane_holds_up_no_other() throws Exception {
        DesignEventBus.Lane slow = bus.newLane();
        DesignEventBus.Lane quick = bus.newLane();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch quickDone = new CountDownLatch(1);
        CountDownLatch slowDone = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        slow.execute(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            order.add(1);
        });
        slow.execute(() -> {
            order.add(2);
            slowDone.countDown();
        });
        quick.execute(quickDone::countDown);

        assertThat(quickDone.await(5, TimeUnit.SECONDS)).as("the quick lane ran while the slow one waited").isTrue();
        release.countDown();
        assertThat(slowDone.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly(1, 2);

        slow.close();
        slow.execute(() -> order.add(3));
        Thread.sleep(100);
        assertThat(order).as("a closed lane runs nothing more").containsExactly(1, 2);
    }
}
