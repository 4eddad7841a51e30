package org.schemaboard.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.schemaboard.Application;
import org.schemaboard.security.CurrentUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One app node of a team server, in this JVM: the whole application (web server on a random port, demo mode) on a
 * PostgreSQL database, as {@code SCHEMABOARD_DATABASE_URL} would point it there. Several nodes on one database are a
 * cluster; closing one stops that node as an operator stops it (its shutdown says goodbye to the others).
 *
 * <p>The packaged jar cannot serve pages (a plain {@code mvn package} jar is a Vaadin dev-mode jar, which answers 500),
 * and a second JVM per node would take a minute and more to start on a loaded machine: hence nodes in this JVM. Each
 * has its own Spring context, web server, connection pool, event bus, presence registry and LISTEN connection, so
 * what crosses between them goes through PostgreSQL only.
 */
public final class AppNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final int port;

    private AppNode(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * Starts a node on {@code databaseUrl} and returns once it is ready (demo data created on the first node). Start
     * the nodes of one database one after another: two first starts at once would both create the demo accounts.
     */
    public static AppNode start(String databaseUrl, String... moreArguments) {
        Path dir;
        try {
            dir = Files.createTempDirectory("schemaboard-node-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] arguments = Stream.concat(Stream.of(
                        "--server.port=0",
                        "--spring.datasource.url=" + databaseUrl,
                        "--schemaboard.demo=true",
                        "--schemaboard.data-dir=" + dir,
                        "--spring.main.banner-mode=off",
                        "--vaadin.devmode.devTools.enabled=false",
                        // Vaadin looks for its annotated classes in these packages only, not in every jar: on a
                        // loaded machine the whole class path took a node 50 to 250 s to search
                        "--vaadin.allowed-packages=com.vaadin,org.schemaboard"),
                Stream.of(moreArguments)).toArray(String[]::new);
        return new AppNode(new SpringApplicationBuilder(Application.class).run(arguments), dir);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Runs service calls on this node as {@code username}. */
    public <T> T as(String username, Supplier<T> work) {
        return bean(CurrentUser.class).runAs(username, work);
    }

    public boolean isRunning() {
        return context.isActive();
    }

    /**
     * Stops this node as a crash or a cut cable would, not as an operator does: its link to the others goes silent
     * (no goodbye; its LISTEN connection closed), its pool is closed so no heartbeat or message gets out any more,
     * and its web server stops answering. None of its shutdown hooks run; {@link #close} tidies up afterwards.
     */
    public void kill() {
        context.getBean(PostgresNodeLink.class).stopSilently();
        if (context.getBean(DataSource.class) instanceof HikariDataSource pool) {
            pool.close();
        }
        ((WebServerApplicationContext) context).getWebServer().stop();
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a leftover temporary directory is harmless
        }
    }

    /** A new, empty database {@code name} on the PostgreSQL server {@code serverUrl} names (dropped first); its URL. */
    public static String freshDatabase(String serverUrl, String name) throws SQLException {
        try (Connection db = DriverManager.getConnection(serverUrl); Statement st = db.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + name);
        }
        return serverUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    public static void dropDatabase(String serverUrl, String name) {
        try (Connection db = DriverManager.getConnection(serverUrl); Statement st = db.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("[two nodes] could not drop the test database " + name + ": " + e.getMessage());
        }
    }
}
