package org.schemaboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A service test: the real services on an in-memory H2 database with demo mode off, and no web server. Every class
 * that carries this annotation shares one Spring context (and so one database), which keeps the suite fast: a test
 * class adds no {@code @Import}, {@code @MockitoBean} or properties of its own, since any of them would make Spring
 * start another context. Tests therefore take their accounts, designs and sample model from the one fixture,
 * {@link TestData}, with names unique in the database, and read the events of their own designs from
 * {@link RecordedDesignEvents}, instead of relying on an empty database.
 *
 * <p>The database is H2 unless {@code schemaboard.test.database-url} names another: {@link OnPostgres} runs a
 * cross-section of these tests on PostgreSQL (its own context, one for all of them), and
 * {@code mvn test -Dschemaboard.test.database-url=jdbc:postgresql://…/db -Dschemaboard.test.database-user=…} runs the
 * whole suite there.
 *
 * <p>{@code MOCK} rather than {@code NONE}: Vaadin's security configurer reads the servlet context while the security
 * filter chain is built, so the context does not start without one. A mock servlet context starts no server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.MOCK, properties = {
        "spring.datasource.url=${schemaboard.test.database-url:jdbc:h2:mem:schemaboard-service-tests;DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${schemaboard.test.database-user:sa}",
        "schemaboard.demo=false"})
@Import({RecordedDesignEvents.class, TestData.class})
public @interface ServiceTest {
}
