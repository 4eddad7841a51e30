package org.schemaboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.TestPropertySource;

/**
 * On a subclass of a {@link ServiceTest} class: its tests run again, on the PostgreSQL database that
 * {@code SCHEMABOARD_TEST_PG_SERVICE_URL} names (its own database, made empty by {@code .ci/run}; user
 * {@code SCHEMABOARD_TEST_PG_SERVICE_USER}, default postgres). Skipped when the variable is not set. Every class with
 * this annotation shares one second Spring context, so the cross-section costs one more start, not a second suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EnabledIfEnvironmentVariable(named = "SCHEMABOARD_TEST_PG_SERVICE_URL", matches = ".+")
@TestPropertySource(properties = {
        "schemaboard.test.database-url=${SCHEMABOARD_TEST_PG_SERVICE_URL}",
        "schemaboard.test.database-user=${SCHEMABOARD_TEST_PG_SERVICE_USER:postgres}"})
public @interface OnPostgres {
}
