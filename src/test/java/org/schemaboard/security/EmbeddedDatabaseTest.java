package org.schemaboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemaboard.Application;
import org.schemaboard.cli.CommandLine;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The embedded database as a running server opens it (its own JVM, the application's data source on a data
 * directory): H2's server port for other processes listens on the loopback interface only, the database refuses the
 * old {@code sa} with the empty password, and the command line gets in through the server with the stored password.
 */
class EmbeddedDatabaseTest {

    @TempDir
    static Path dataDir;
    static Process server;

    @BeforeAll
    static void startAServerOnTheDataDirectory() throws Exception {
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Server.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            if (line.equals("ready")) {
                return;
            }
            log.append(line).append('\n');
        }
        throw new AssertionError("the server did not start:\n" + log);
    }

    @AfterAll
    static void stopTheServer() throws InterruptedException, IOException {
        if (server != null) {
            server.getOutputStream().close();
            server.waitFor(60, TimeUnit.SECONDS);
            server.destroy();
        }
    }

    /** H2 writes where other processes find the server into the lock file: {@code server=address:port}. */
    private static InetSocketAddress h2Server() throws IOException {
        Properties lock = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("schemaboard.lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        assertThat(server).as("H2 serves the database to other processes").isNotNull();
        int colon = server.lastIndexOf(':');
        return new InetSocketAddress(server.substring(0, colon), Integer.parseInt(server.substring(colon + 1)));
    }

    private static String url() {
        return "jdbc:h2:file:" + dataDir.resolve("schemaboard") + ";IFEXISTS=TRUE;AUTO_SERVER=TRUE";
    }

    @Test
    void the_database_port_listens_on_the_loopback_interface_only() throws IOException {
        InetSocketAddress server = h2Server();

        assertThat(server.getAddress().isLoopbackAddress()).as(server.toString()).isTrue();
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPort()), 2000);
            assertThat(local.isConnected()).isTrue();
        }
        Optional<InetAddress> external = nonLoopbackAddress();
        if (external.isPresent()) {
            try (Socket remote = new Socket()) {
                assertThatThrownBy(() -> remote.connect(new InetSocketAddress(external.get(), server.getPort()), 2000))
                        .as("connecting to " + external.get() + ":" + server.getPort()).isInstanceOf(IOException.class);
            }
        } else {
            System.err.println("[EmbeddedDatabaseTest] this machine has no non-loopback address to try the port on");
        }
    }

    @Test
    void the_old_sa_with_the_empty_password_is_refused_and_the_stored_password_is_the_owners_only()
            throws IOException, SQLException {
        Path passwordFile = dataDir.resolve(DatabaseCredentials.PASSWORD_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");

        assertThatThrownBy(() -> DriverManager.getConnection(url(), "sa", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Wrong user name or password");
        try (Connection db = DriverManager.getConnection(url(), "sa", Files.readString(passwordFile).strip())) {
            assertThat(db.isValid(5)).isTrue();
        }
    }

    @Test
    void the_command_line_reaches_the_running_servers_database_with_the_stored_password() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = CommandLine.run(org.schemaboard.CommandContext.class, new String[] {"list", "--data-dir", dataDir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isZero();
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The server's side: the application's data source on the data directory, open until standard input closes. */
    public static final class Server {
        public static void main(String[] args) throws IOException {
            try (var context = new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.NONE)
                    .run("--schemaboard.data-dir=" + args[0], "--schemaboard.demo=false",
                            "--spring.main.banner-mode=off",
                            "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")) {
                try (Connection db = context.getBean(javax.sql.DataSource.class).getConnection()) {
                    db.isValid(5); // the pool has opened the database, and with it H2's server
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                System.out.println("ready");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // until the test closes our input
                }
            }
        }
    }
}
