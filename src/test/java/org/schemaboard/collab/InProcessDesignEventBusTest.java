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
}
