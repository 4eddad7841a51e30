package org.schemaboard.model;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.schemaboard.base.ValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The database's last word on names that differ only in case ({@code V12__case_insensitive_names.sql}): the services
 * check a name before they write it, but two people saving "Users" and "users" at the same moment both pass that
 * check; the second write then violates a unique index on the lower-cased name. This listener turns that violation
 * into the same {@link ValidationException} on the {@code name} field that the check gives, instead of a database
 * error. It runs after Spring's exception translation (a higher order), so it replaces what that made of the error.
 */
@Configuration(proxyBeanMethods = false)
class UniqueNameViolations {

    /** Unique index (lower case, as H2 names it in the message) → what the person is told. */
    private static final Map<String, String> MESSAGES = Map.of(
            "uq_entity_name_key", "This design already has an entity of that name (names that differ only in case "
                    + "are the same name); choose another name",
            "uq_attribute_name_key", "This entity already has an attribute of that name (names that differ only in "
                    + "case are the same name); choose another name",
            "uq_entity_index_name_key", "Another index in this design already has that name (names that differ only "
                    + "in case are the same name); choose another name",
            "uq_query_pattern_name_key", "Another query pattern already has that name (names that differ only in "
                    + "case are the same name); choose another name",
            "uq_relationship_name_key", "Another relationship is already named so (names that differ only in case "
                    + "are the same name); choose another name");

    /** H2's and PostgreSQL's SQL state for a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    @Order(100)
    ExecuteListenerProvider uniqueNameViolationsListener() {
        return new DefaultExecuteListenerProvider(new Listener());
    }

    static final class Listener implements ExecuteListener {
        @Override
        public void exception(ExecuteContext ctx) {
            SQLException e = ctx.sqlException();
            if (e == null || !UNIQUE_VIOLATION.equals(e.getSQLState()) || e.getMessage() == null) {
                return;
            }
            String message = e.getMessage().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> index : MESSAGES.entrySet()) {
                if (message.contains(index.getKey())) {
                    ctx.exception(ValidationException.of("name", index.getValue()));
                    return;
                }
            }
        }
    }
}
