package org.schemaboard.base;

import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.springframework.boot.autoconfigure.jooq.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * jOOQ's classes are generated from the migrations as H2 reads them, with upper-case names, and jOOQ quotes every name
 * it writes. PostgreSQL folds the unquoted names of the migrations to lower case, so on PostgreSQL the names are
 * written in lower case (still quoted). The dialect itself is Spring Boot's: it follows the connected database.
 */
@Configuration(proxyBeanMethods = false)
class JooqNames {

    @Bean
    DefaultConfigurationCustomizer lowerCaseNamesOnPostgres() {
        return configuration -> {
            if (configuration.dialect().family() == SQLDialect.POSTGRES) {
                configuration.settings().setRenderNameCase(RenderNameCase.LOWER);
            }
        };
    }
}
