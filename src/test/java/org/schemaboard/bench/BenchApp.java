package org.schemaboard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.schemaboard.Application;
import org.schemaboard.security.CurrentUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application in this JVM, as a person would run it (demo mode, a real web server on a random port), on an
 * H2 file database in a fresh temporary directory that is deleted on close.
 */
final class BenchApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final int port;

    private BenchApp(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static BenchApp start() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path dir;
        try {
            dir = Files.createTempDirectory("schemaboard-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // As command-line arguments: they outrank application.properties (builder defaults would not).
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0",
                        "--schemaboard.demo=true",
                        "--schemaboard.data-dir=" + dir,
                        "--vaadin.devmode.devTools.enabled=false",
                        "--logging.level.root=warn",
                        "--logging.level.org.schemaboard=info");
        return new BenchApp(context, dir);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Runs service calls as {@code username}, as a signed-in person would make them. */
    <T> T as(String username, Supplier<T> work) {
        return bean(CurrentUser.class).runAs(username, work);
    }

    void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void close() {
        context.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a leftover temporary directory is harmless
        }
    }
}
