package org.schemaboard.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README promises that a change acknowledged to a user survives {@code kill -9} of the server. This runs the
 * application's own JDBC URL (from application.properties) in a child JVM, commits rows, and kills the JVM hard the
 * moment the commit has returned; the rows must be there when the database is opened again.
 */
class KillNineTest {

    @TempDir
    Path dataDir;

    @Test
    void a_committed_change_survives_kill_minus_nine_with_the_configured_url() throws Exception {
        String url = configuredUrl(dataDir);
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url)
                .redirectErrorStream(true).start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("committed ")) {
                    acknowledged = Integer.parseInt(line.substring("committed ".length()));
                    if (acknowledged >= 50) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
                        break;
                    }
                }
            }
        }
        child.waitFor(30, TimeUnit.SECONDS);
        assertThat(acknowledged).isGreaterThanOrEqualTo(50);

        try (Connection db = DriverManager.getConnection(url, "sa", "");
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM acknowledged")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(acknowledged);
        }
    }

    private static String configuredUrl(Path dataDir) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KillNineTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        // "${SCHEMABOARD_DATABASE_URL:<the H2 default>}": the default is what a plain installation uses
        java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("^\\$\\{[A-Z_]+:(.*)}$").matcher(url);
        if (placeholder.matches()) {
            url = placeholder.group(1);
        }
        assertThat(url).startsWith("jdbc:h2:file:").contains("WRITE_DELAY=0");
        return url.replace("${schemaboard.data-dir}", dataDir.toString());
    }

    /** The child JVM: commits one row at a time and says so only after each commit returned. */
    public static final class Writer {
        public static void main(String[] args) throws SQLException {
            try (Connection db = DriverManager.getConnection(args[0], "sa", "")) {
                db.setAutoCommit(false);
                try (Statement st = db.createStatement()) {
                    st.execute("CREATE TABLE IF NOT EXISTS acknowledged (n INT PRIMARY KEY)");
                    db.commit();
                    for (int n = 1; n <= 100_000; n++) {
                        st.execute("INSERT INTO acknowledged VALUES (" + n + ")");
                        db.commit();
                        System.out.println("committed " + n);
                        System.out.flush();
                    }
                }
            }
        }
    }

}
