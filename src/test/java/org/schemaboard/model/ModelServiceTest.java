package org.schemaboard.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A test of the model's write path: the real services on an in-memory H2 database, demo mode off, no web server.
 * Every class carrying this annotation shares one Spring context and so one database; each test therefore works in a
 * design of its own ({@link ModelFixture#newDesign}) and reads events and audit lines of that design only.
 * <p>
 * A mock servlet environment rather than {@code NONE}: Vaadin's security configurer needs a servlet context to build
 * the filter chain. It starts no server and opens no port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.MOCK, properties = {
        "spring.datasource.url=jdbc:h2:mem:model-service-tests;DB_CLOSE_DELAY=-1",
        "schemaboard.demo=false"})
@Import({ModelFixture.class, ModelWrites.class, RecordedDesignChanges.class})
@interface ModelServiceTest {
}
