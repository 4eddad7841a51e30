package org.schemaboard;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.schemaboard.cli.CommandLine;
import org.schemaboard.security.DatabaseCredentials;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Schemaboard: design a database together in the browser and hand it over as a Database Design Specification.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Theme("schemaboard")
@Push
public class Application implements AppShellConfigurator {

    /** Starts the server, or with a command as first argument ({@code list}, {@code export}, …) runs that and exits. */
    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // before any database is opened: H2 reads it once
        DatabaseCredentials.bindToLoopback();
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(CommandContext.class, args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
