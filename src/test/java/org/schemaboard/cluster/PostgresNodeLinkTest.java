package org.schemaboard.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.OnPostgres;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.collab.DesignEventBus;
import org.schemaboard.collab.PresenceRegistry;
import org.schemaboard.review.NotificationsAdded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Two nodes on one PostgreSQL database: node A is this test's Spring application, node B a second link with its own
 * connections, its own presence registry and a bus that records what reaches it (B has no open editors to refresh).
 */
@ServiceTest
@OnPostgres
class PostgresNodeLinkTest {

    @Autowired
    TestData data;
    @Autowired
    PostgresNodeLink nodeA;
    @Autowired
    PresenceRegistry presenceA;
    @Autowired
    ApplicationEventPublisher eventsA;
    @Autowired
    DataSource dataSource;
    @Autowired
    DataSourceProperties properties;

    private final List<PostgresNodeLink> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopNodes() {
        started.forEach(PostgresNodeLink::stopSilently);
    }

    @Test
    void a_change_committed_on_node_a_reaches_the_bus_of_node_b() {
        RecordingBus busB = new RecordingBus();
        node(busB, new PresenceRegistry(busB), event -> { }, 15_000);
        UUID design = data.newDesign();

        data.sample(design);

        waitUntil(() -> busB.changes.stream().filter(c -> c.designId().equals(design)).count() >= 5);
        assertThat(busB.changes).filteredOn(c -> c.designId().equals(design))
                .allSatisfy(c -> assertThat(c.actor()).isNotBlank().isNotEqualTo("system"));
    }

    @Test
    void presence_on_node_b_shows_on_node_a_and_expires_when_node_b_dies() {
        RecordingBus busB = new RecordingBus();
        PresenceRegistry presenceB = new PresenceRegistry(busB);
        PostgresNodeLink nodeB = node(busB, presenceB, event -> { }, 1_500);
        UUID design = UUID.randomUUID();

        presenceB.join(design, presenceB.newKey("http-b"), "bob", "Bob", "B", System::currentTimeMillis);

        waitUntil(() -> presenceA.present(design).stream().anyMatch(p -> p.username().equals("bob")));
        nodeB.stopSilently(); // no goodbye, no more heartbeats
        waitUntil(() -> presenceA.present(design).isEmpty());
    }

    @Test
    void a_node_that_stops_cleanly_takes_its_presence_away_at_once() {
        RecordingBus busB = new RecordingBus();
        PresenceRegistry presenceB = new PresenceRegistry(busB);
        PostgresNodeLink nodeB = node(busB, presenceB, event -> { }, 60_000);
        UUID design = UUID.randomUUID();
        presenceB.join(design, presenceB.newKey("http-b"), "bob", "Bob", "B", System::currentTimeMillis);
        waitUntil(() -> !presenceA.present(design).isEmpty());

        nodeB.stop();

        waitUntil(() -> presenceA.present(design).isEmpty());
    }

    @Test
    void new_notifications_on_node_a_ring_the_bells_on_node_b() {
        List<Object> eventsB = new CopyOnWriteArrayList<>();
        RecordingBus busB = new RecordingBus();
        node(busB, new PresenceRegistry(busB), eventsB::add, 15_000);
        UUID bob = UUID.randomUUID();

        eventsA.publishEvent(new NotificationsAdded(Set.of(bob)));

        waitUntil(() -> eventsB.contains(new NotificationsAdded(Set.of(bob))));
    }

    @Test
    void a_node_that_loses_its_connection_reconnects_refreshes_its_editors_and_hears_changes_again() throws Exception {
        RecordingBus busB = new RecordingBus();
        PostgresNodeLink nodeB = node(busB, new PresenceRegistry(busB), event -> { }, 15_000);
        UUID open = UUID.randomUUID();
        busB.open.add(open);

        try (Connection db = dataSource.getConnection();
             PreparedStatement kill = db.prepareStatement("SELECT pg_terminate_backend(?)")) {
            kill.setInt(1, nodeB.listenerPid());
            kill.execute();
        }

        waitUntil(() -> nodeB.reconnects() >= 1);
        waitUntil(() -> busB.changes.stream().anyMatch(c -> c.designId().equals(open) && c.actor().equals("system")));
        UUID design = data.newDesign();
        data.sample(design);
        waitUntil(() -> busB.changes.stream().anyMatch(c -> c.designId().equals(design)));
        assertThat(nodeA.node()).isNotEqualTo(nodeB.node());
    }

    private PostgresNodeLink node(RecordingBus bus, PresenceRegistry presence, ApplicationEventPublisher events,
                                  long ttlMs) {
        PostgresNodeLink link = new PostgresNodeLink(bus, presence, events, dataSource, properties.determineUrl(),
                properties.determineUsername(), properties.determinePassword(), ttlMs);
        link.start();
        started.add(link);
        return link;
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Node B's bus: records what the link hands it; {@link #open} are the designs with an open editor on B. */
    static final class RecordingBus implements DesignEventBus {
        final List<DesignChanged> changes = new CopyOnWriteArrayList<>();
        final List<UUID> presenceChanges = new CopyOnWriteArrayList<>();
        final Set<UUID> open = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public Subscription subscribe(UUID designId, Consumer<DesignChanged> changes, Consumer<UUID> presence) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Lane newLane() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<UUID> subscribedDesigns() {
            return Set.copyOf(open);
        }

        @Override
        public void publish(DesignChanged change) {
            changes.add(change);
        }

        @Override
        public void publishPresence(UUID designId) {
            presenceChanges.add(designId);
        }
    }
}
