package org.schemaboard.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Before the data source is made: an H2 file database gets the password stored in its data directory
 * ({@link DatabaseCredentials}), unless the operator gave one, and H2's server port binds to the loopback interface.
 * A new database is created with a new password; an existing one without a stored password (made by an older version
 * with the empty password) is given one at the server's start. The command line does not do that
 * ({@code schemaboard.database.secure-existing=false}): an older server may hold the database and would lose its
 * connections; it uses the empty password until that server is replaced.
 */
@Component
class EmbeddedDatabaseSetup implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSetup.class);
    private static final String H2_FILE = "jdbc:h2:file:";

    private boolean secureExisting = true;

    @Override
    public void setEnvironment(Environment environment) {
        secureExisting = environment.getProperty("schemaboard.database.secure-existing", Boolean.class, true);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties) {
            configure(properties);
        }
        return bean;
    }

    private void configure(DataSourceProperties properties) {
        String url = properties.getUrl();
        if (url == null || !url.startsWith(H2_FILE)) {
            return;
        }
        DatabaseCredentials.bindToLoopback();
        if (StringUtils.hasText(properties.getPassword())) {
            return;
        }
        Path base = Path.of(url.substring(H2_FILE.length()).split(";", 2)[0]).toAbsolutePath();
        Path dataDir = base.getParent();
        String user = StringUtils.hasText(properties.getUsername()) ? properties.getUsername()
                : DatabaseCredentials.DEFAULT_USER;
        Optional<String> stored = DatabaseCredentials.storedPassword(dataDir);
        if (stored.isPresent()) {
            properties.setPassword(stored.get());
        } else if (!Files.exists(base.resolveSibling(base.getFileName() + ".mv.db"))) {
            properties.setPassword(DatabaseCredentials.storedOrNewPassword(dataDir));
        } else if (secureExisting) {
            properties.setPassword(secure(url, user, dataDir));
        }
    }

    /** Gives an existing database that still has the empty password a new one, and stores it. */
    private static String secure(String url, String user, Path dataDir) {
        String password = DatabaseCredentials.newPassword();
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            DatabaseCredentials.setPassword(db, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the database in " + dataDir + " to give it a password ("
                    + e.getMessage().lines().findFirst().orElse("") + "). If it has a password, put it in "
                    + DatabaseCredentials.passwordFile(dataDir) + " or SPRING_DATASOURCE_PASSWORD.", e);
        }
        DatabaseCredentials.store(dataDir, password);
        log.warn("The database in {} had the empty password; it now has a random one, stored in {} (readable by "
                + "this account only)", dataDir, DatabaseCredentials.passwordFile(dataDir));
        return password;
    }
}
