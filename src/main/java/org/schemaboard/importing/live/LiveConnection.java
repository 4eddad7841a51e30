package org.schemaboard.importing.live;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemaboard.base.ValidationException;
import org.schemaboard.importing.sql.ImportDialect;

/**
 * Where to read a schema from: a JDBC URL, a user and a password. The password lives only as long as this object (it
 * is not part of {@link #toString()}); every message that could echo it is passed through {@link #redact}.
 *
 * <p>A URL is refused when it names a driver option that runs code or reads server files (H2's INIT, the drivers'
 * socket and SSL factories, MariaDB's local infile), or, unless {@code localFiles} is allowed (the command line), an
 * H2 database in a file of the server.
 */
public final class LiveConnection {

    /** Seconds to reach the server and sign in, and for each catalog query. */
    public static final int CONNECT_SECONDS = 10;
    public static final int QUERY_SECONDS = 60;

    private static final List<String> FORBIDDEN_OPTIONS = List.of("init", "socketfactory", "socketfactoryarg",
            "sslfactory", "sslfactoryarg", "sslhostnameverifier", "sslpasswordcallback", "allowlocalinfile",
            "authenticationpluginclassname", "credentialtype", "loggerfile", "jaasapplicationname", "ssl_factory",
            "trace_level_file", "authenticator");
    private static final Pattern OPTION = Pattern.compile("[;?&]\\s*([A-Za-z_]+)\\s*=");
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password\\s*=)[^;&]*");

    private final String url;
    private final String user;
    private final String password;

    public LiveConnection(String url, String user, String password) {
        this.url = url == null ? "" : url.strip();
        this.user = user == null || user.isBlank() ? null : user.strip();
        this.password = password == null || password.isEmpty() ? null : password;
    }

    public String url() {
        return url;
    }

    /** The URL as it may be shown: a password written into it is replaced. */
    public String shownUrl() {
        return redact(url);
    }

    /** The engine the URL is for; refuses anything else. */
    public ImportDialect dialect() {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return ImportDialect.POSTGRESQL;
        }
        if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            return ImportDialect.MYSQL;
        }
        if (lower.startsWith("jdbc:h2:")) {
            return ImportDialect.H2;
        }
        throw ValidationException.of("url", "Give a JDBC URL of PostgreSQL (jdbc:postgresql://host:5432/db), "
                + "MySQL/MariaDB (jdbc:mariadb://host:3306/db) or H2 (jdbc:h2:tcp://host/db)");
    }

    /** Refuses URLs whose options run code or read files of the server (see the class comment). */
    public void check(boolean localFiles) {
        if (url.isEmpty()) {
            throw ValidationException.of("url", "Give the JDBC URL of the database to import");
        }
        ImportDialect dialect = dialect();
        Matcher option = OPTION.matcher(url);
        while (option.find()) {
            if (FORBIDDEN_OPTIONS.contains(option.group(1).toLowerCase(Locale.ROOT))) {
                throw ValidationException.of("url", "The URL option " + option.group(1) + " is not allowed here: "
                        + "it can run code or read files on the Schemaboard server. Remove it.");
            }
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (dialect == ImportDialect.H2 && !localFiles && !(lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:") || lower.startsWith("jdbc:h2:mem:"))) {
            throw ValidationException.of("url", "An H2 database is read over the network here "
                    + "(jdbc:h2:tcp://host/path); files on the Schemaboard server cannot be opened from the browser");
        }
        if (lower.startsWith("jdbc:mysql:")) {
            throw ValidationException.of("url", "Write MySQL URLs as jdbc:mariadb://host:3306/db (the MariaDB driver "
                    + "reads MySQL too)");
        }
    }

    /**
     * Opens a read-only connection with the connect and query timeouts set; failures become a sentence naming what
     * went wrong (host unreachable, credentials refused, no such database) without the password.
     */
    public Connection open() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        switch (dialect()) {
            case POSTGRESQL -> {
                properties.setProperty("connectTimeout", String.valueOf(CONNECT_SECONDS));
                properties.setProperty("loginTimeout", String.valueOf(CONNECT_SECONDS));
                properties.setProperty("socketTimeout", String.valueOf(QUERY_SECONDS));
                properties.setProperty("readOnly", "true");
                properties.setProperty("ApplicationName", "Schemaboard import");
            }
            case MYSQL -> {
                properties.setProperty("connectTimeout", String.valueOf(CONNECT_SECONDS * 1000));
                properties.setProperty("socketTimeout", String.valueOf(QUERY_SECONDS * 1000));
                properties.setProperty("allowLocalInfile", "false");
            }
            default -> { }
        }
        try {
            Connection connection = DriverManager.getDriver(url).connect(url, properties);
            if (connection == null) {
                throw new LiveDatabaseException("No database driver takes the URL " + shownUrl());
            }
            try {
                connection.setReadOnly(true);
                // the executor aborts the connection after the timeout; running it on the caller's thread is enough
                connection.setNetworkTimeout(Runnable::run, QUERY_SECONDS * 1000);
            } catch (SQLException | UnsupportedOperationException e) {
                // H2 has no network timeout; each query still has its own
            }
            return connection;
        } catch (SQLException e) {
            throw refused(e);
        }
    }

    /** The failure as a sentence a person can act on; the password (and a password in the URL) never appears. */
    LiveDatabaseException refused(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = redact(e.getMessage() == null ? e.toString() : e.getMessage());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String where = shownUrl();
        if (root instanceof UnknownHostException) {
            return new LiveDatabaseException("The host in " + where + " is not known (" + redact(root.getMessage())
                    + "). Check the host name.");
        }
        if (root instanceof ConnectException || root instanceof SocketTimeoutException || state.startsWith("08")
                || state.equals("90067")) {
            return new LiveDatabaseException("Could not reach the database at " + where + " within "
                    + CONNECT_SECONDS + " s: " + detail + ". Check the host, the port and that the server accepts "
                    + "connections from here.");
        }
        if (state.equals("28P01") || state.startsWith("28") || e.getErrorCode() == 1045
                || state.equals("28000") || "90059".equals(state) || e.getErrorCode() == 28000) {
            return new LiveDatabaseException("The database refused the user name or password" + (user == null ? ""
                    : " for " + user) + ". Check them and try again.");
        }
        if (state.equals("3D000") || e.getErrorCode() == 1049 || state.equals("90146")) {
            return new LiveDatabaseException("The database named in " + where + " does not exist: " + detail);
        }
        return new LiveDatabaseException("Could not read the database at " + where + ": " + detail);
    }

    /** The text with the password (and any password= option) replaced by asterisks. */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        String out = URL_PASSWORD.matcher(text).replaceAll("$1***");
        return password == null ? out : out.replace(password, "***");
    }

    @Override
    public String toString() {
        return "LiveConnection[" + shownUrl() + (user == null ? "" : ", user " + user) + "]";
    }
}
