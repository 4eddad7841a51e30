package org.schemaboard.cluster;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.ElementType;
import org.schemaboard.collab.DesignEventBus;
import org.schemaboard.collab.Presence;
import org.schemaboard.collab.PresenceRegistry;
import org.schemaboard.review.NotificationsAdded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * This node's link to the other nodes on the same PostgreSQL database. After a change commits here, a NOTIFY on the
 * channel {@value #CHANNEL} tells the others which element of which design changed; each of them hands it to its own
 * {@link DesignEventBus}, whose open editors then read the design as for a change of their own. New notifications
 * (the people to tell) and presence (a snapshot of this node's tabs per design, renewed every
 * {@value #HEARTBEAT_MS} ms and valid for {@value #PRESENCE_TTL_MS} ms) travel the same way, so a node that dies
 * leaves no ghost: its entries expire on the others.
 *
 * <p>It listens on a connection of its own, outside the pool. When that connection breaks, it connects again (every
 * second until it can) and brings every open editor of this node up to date, since changes may have been missed
 * meanwhile.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
public class PostgresNodeLink {

    static final String CHANNEL = "schemaboard_events";
    static final long HEARTBEAT_MS = 5_000;
    static final long PRESENCE_TTL_MS = 15_000;
    /** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more. */
    private static final int MAX_PAYLOAD = 7_900;

    private static final Logger log = LoggerFactory.getLogger(PostgresNodeLink.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final DesignEventBus bus;
    private final PresenceRegistry presence;
    private final ApplicationEventPublisher events;
    private final DataSource sending;
    private final String url;
    private final String user;
    private final String password;
    private final long presenceTtlMs;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private volatile boolean running;
    private volatile Connection listening;
    private volatile Thread listener;
    private final AtomicInteger reconnects = new AtomicInteger();

    @Autowired
    PostgresNodeLink(DesignEventBus bus, PresenceRegistry presence, ApplicationEventPublisher events,
                     DataSource dataSource, DataSourceProperties properties) {
        this(bus, presence, events, dataSource, properties.determineUrl(), properties.determineUsername(),
                properties.determinePassword(), PRESENCE_TTL_MS);
    }

    /** A link with its own listening connection to {@code url}; NOTIFYs go out through {@code sending}. */
    public PostgresNodeLink(DesignEventBus bus, PresenceRegistry presence, ApplicationEventPublisher events,
                            DataSource sending, String url, String user, String password, long presenceTtlMs) {
        this.bus = bus;
        this.presence = presence;
        this.events = events;
        this.sending = sending;
        this.url = url;
        this.user = user;
        this.password = password;
        this.presenceTtlMs = presenceTtlMs;
    }

    /** Listens from now on; returns once the first LISTEN is in place, so nothing committed after it is missed. */
    @PostConstruct
    public void start() {
        running = true;
        try {
            listening = listen();
        } catch (SQLException e) {
            log.warn("Cannot listen for the other nodes yet ({}); trying again", e.getMessage());
        }
        presence.watchLocalChanges(this::announcePresence);
        Thread thread = new Thread(this::receive, "cluster-listener-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    /** Stops, telling the others this node's presence is gone. */
    @PreDestroy
    public void stop() {
        send(ClusterMessage.bye(node));
        stopSilently();
    }

    /** Stops without a word, as a node that dies (for tests). */
    void stopSilently() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
        closeQuietly(listening);
    }

    public String node() {
        return node;
    }

    /** How often the listening connection was made again after it broke. */
    int reconnects() {
        return reconnects.get();
    }

    /** The backend process of the listening connection (for tests that break it). */
    int listenerPid() throws SQLException {
        return listening.unwrap(PGConnection.class).getBackendPID();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(DesignChanged change) {
        send(ClusterMessage.change(node, change));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void notificationsAdded(NotificationsAdded added) {
        if (Thread.currentThread() != listener) { // not one that came from another node
            send(ClusterMessage.notifications(node, added.userIds()));
        }
    }

    /** Renews this node's presence on the others. */
    @Scheduled(fixedDelay = HEARTBEAT_MS)
    public void heartbeat() {
        presence.localDesigns().forEach(this::announcePresence);
    }

    private void announcePresence(UUID designId) {
        List<Presence> tabs = new ArrayList<>(presence.localPresent(designId));
        while (true) {
            String payload = write(ClusterMessage.presence(node, designId, tabs, presenceTtlMs));
            if (payload.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD || tabs.isEmpty()) {
                notify(payload);
                return;
            }
            tabs.remove(tabs.size() - 1); // the latest tabs of a crowded design are not shown on the other nodes
        }
    }

    private void send(ClusterMessage message) {
        String payload = write(message);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD && message.change() != null) {
            DesignChanged c = message.change().toEvent();
            payload = write(ClusterMessage.change(node, new DesignChanged(c.designId(), c.actor(), c.action(),
                    c.elementType(), c.elementId(), null, c.origin())));
        }
        notify(payload);
    }

    private void notify(String payload) {
        try (Connection db = sending.getConnection();
             PreparedStatement notify = db.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        } catch (SQLException e) {
            // the others miss this one; they catch up at their next reconnect or the next change of the design
            log.warn("Could not tell the other nodes: {}", e.getMessage());
        }
    }

    private String write(ClusterMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection listen() throws SQLException {
        Connection db = DriverManager.getConnection(url, user, password);
        try (Statement listen = db.createStatement()) {
            listen.execute("LISTEN " + CHANNEL);
        }
        return db;
    }

    private void receive() {
        while (running) {
            try {
                if (listening == null || listening.isClosed()) {
                    listening = listen();
                    reconnects.incrementAndGet();
                    log.info("Listening for the other nodes again; bringing the open editors up to date");
                    catchUp();
                }
                PGNotification[] received = listening.unwrap(PGConnection.class).getNotifications(1000);
                if (received != null) {
                    for (PGNotification notification : received) {
                        handle(notification.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                log.warn("Lost the connection that listens for the other nodes ({}); connecting again",
                        e.getMessage());
                closeQuietly(listening);
                listening = null;
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            } catch (RuntimeException e) {
                log.error("A message from another node could not be handled", e);
            }
        }
    }

    /** After a gap: every design open here is read again, and this node's presence is told again. */
    private void catchUp() {
        for (UUID designId : bus.subscribedDesigns()) {
            bus.publish(new DesignChanged(designId, "system", ChangeAction.UPDATE, ElementType.DESIGN, designId,
                    null, null));
        }
        heartbeat();
    }

    private void handle(String payload) {
        ClusterMessage message;
        try {
            message = json.readValue(payload, ClusterMessage.class);
        } catch (java.io.IOException e) {
            log.warn("Ignored a message on {} that is not ours", CHANNEL);
            return;
        }
        if (node.equals(message.node())) {
            return;
        }
        switch (message.kind()) {
            case "CHANGE" -> bus.publish(message.change().toEvent());
            case "PRESENCE" -> presence.putRemote(message.node(), message.designId(),
                    message.tabs().stream().map(ClusterMessage.Tab::toPresence).toList(),
                    System.currentTimeMillis() + message.ttlMs());
            case "NOTIFICATIONS" -> events.publishEvent(new NotificationsAdded(message.userIds()));
            case "BYE" -> presence.forgetNode(message.node());
            default -> log.debug("Ignored a message of kind {}", message.kind());
        }
    }

    private static void closeQuietly(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
        }
    }
}
