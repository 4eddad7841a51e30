package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemaboard.model.entity.Attribute;

class TypeMappingTest {

    @ParameterizedTest(name = "{0}({1}) key={2} -> PostgreSQL {3}, MySQL {4}, H2 {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            UUID                     | -   | false | UUID                     | CHAR(36)       | UUID
            BIGSERIAL                | -   | true  | BIGINT                   | BIGINT         | BIGINT
            SERIAL                   | -   | true  | INTEGER                  | INT            | INTEGER
            TEXT                     | -   | false | TEXT                     | TEXT           | CLOB
            TEXT                     | -   | true  | TEXT                     | VARCHAR(255)   | VARCHAR
            VARCHAR                  | -   | false | VARCHAR                  | VARCHAR(255)   | VARCHAR
            varchar                  | 80  | false | VARCHAR(80)              | VARCHAR(80)    | VARCHAR(80)
            JSONB                    | -   | false | JSONB                    | JSON           | JSON
            TIMESTAMP WITH TIME ZONE | -   | false | TIMESTAMP WITH TIME ZONE | TIMESTAMP      | TIMESTAMP WITH TIME ZONE
            timestamptz              | -   | false | TIMESTAMP WITH TIME ZONE | TIMESTAMP      | TIMESTAMP WITH TIME ZONE
            TIMESTAMP                | -   | false | TIMESTAMP                | DATETIME       | TIMESTAMP
            BYTEA                    | -   | false | BYTEA                    | BLOB           | BLOB
            BYTEA                    | -   | true  | BYTEA                    | VARBINARY(255) | VARBINARY
            INET                     | -   | false | INET                     | VARCHAR(45)    | VARCHAR(45)
            TSVECTOR                 | -   | false | TSVECTOR                 | TEXT           | CLOB
            INTERVAL                 | -   | false | INTERVAL                 | VARCHAR(64)    | INTERVAL DAY TO SECOND
            TEXT[]                   | -   | false | TEXT[]                   | JSON           | JSON
            DOUBLE PRECISION         | -   | false | DOUBLE PRECISION         | DOUBLE         | DOUBLE PRECISION
            DECIMAL(10,3)            | -   | false | DECIMAL(10, 3)           | DECIMAL(10, 3) | DECIMAL(10, 3)
            """)
    void types_map_to_each_dialect(String type, Integer length, boolean key, String postgres, String mysql, String h2) {
        Attribute a = new Attribute(UUID.randomUUID(), UUID.randomUUID(), 1, "c", type, length, null, null, true, null,
                false, false, null, null, 1);

        assertThat(TypeMapping.map(a, SqlDialectChoice.POSTGRESQL, key, true).name()).isEqualTo(postgres);
        assertThat(TypeMapping.map(a, SqlDialectChoice.MYSQL, key, false).name()).isEqualTo(mysql);
        assertThat(TypeMapping.map(a, SqlDialectChoice.H2, key, false).name()).isEqualTo(h2);
        assertThat(TypeMapping.map(a, SqlDialectChoice.H2, key, false).identity())
                .isEqualTo(type.toUpperCase(java.util.Locale.ROOT).contains("SERIAL"));
    }
}
