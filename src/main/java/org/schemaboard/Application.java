package org.schemaboard;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
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

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(Application.class, args);
    }
}
