package org.schemaboard;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application as the command line starts it: the features' services over the database, and nothing a command
 * does not use. {@link Application} would have Spring Boot weigh about two hundred auto-configurations (web server,
 * Vaadin, security filters, actuator, metrics, scheduling) and load the views; a command needs a data source,
 * transactions, jOOQ and Flyway. The views ({@code ..ui..} packages) are left out of the scan, and so is
 * {@link Application} itself, whose annotations would bring all of that back.
 *
 * <p>Deliberately neither {@code @SpringBootConfiguration} nor a {@code @Component}: the tests' {@code @SpringBootTest}
 * looks for exactly one of the former, and the server's scan would pick up the latter. Its {@code @ComponentScan}
 * makes it a configuration when the command line hands it to Spring as the source.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JooqAutoConfiguration.class, FlywayAutoConfiguration.class})
@ComponentScan(basePackageClasses = CommandContext.class, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.schemaboard\\.(.+\\.)?ui\\..*"),
        // demo mode is the server's: a command on a demo's data directory must not disable the demo accounts
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.schemaboard\\.demo\\..*"),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Application.class)})
@ConfigurationPropertiesScan(basePackageClasses = CommandContext.class)
public class CommandContext {
}
