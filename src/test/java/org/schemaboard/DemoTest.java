package org.schemaboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test of demo mode: the app started on an empty in-memory database with demo mode on, so it seeded the demo
 * accounts and the demo design. Every class carrying this annotation shares one Spring context (the only other one
 * besides {@link ServiceTest}'s: demo mode seeds at start-up, so it cannot share the service tests' database). Tests
 * leave the database as they found it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.MOCK, properties = {
        "spring.datasource.url=jdbc:h2:mem:schemaboard-demo-tests;DB_CLOSE_DELAY=-1",
        "schemaboard.demo=true"})
public @interface DemoTest {
}
