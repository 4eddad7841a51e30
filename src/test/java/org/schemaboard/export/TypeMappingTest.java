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
                false, false, false, null, null, 1);

        assertThat(TypeMapping.map(a, SqlDialectChoice.POSTGRESQL, key, true).name()).isEqualTo(postgres);
        assertThat(TypeMapping.map(a, SqlDialectChoice.MYSQL, key, false).name()).isEqualTo(mysql);
        assertThat(TypeMapping.map(a, SqlDialectChoice.H2, key, false).name()).isEqualTo(h2);
        assertThat(TypeMapping.map(a, SqlDialectChoice.H2, key, false).identity())
                .isEqualTo(type.toUpperCase(java.util.Locale.ROOT).contains("SERIAL"));
    }

    @ParameterizedTest(name = "MySQL {0}({1}) -> PostgreSQL {2}, MySQL {3}, H2 {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            INT UNSIGNED                   | -  | BIGINT       | INT UNSIGNED                   | BIGINT
            SMALLINT UNSIGNED              | -  | INTEGER      | SMALLINT UNSIGNED              | INTEGER
            TINYINT UNSIGNED               | -  | SMALLINT     | TINYINT UNSIGNED               | SMALLINT
            MEDIUMINT UNSIGNED             | -  | INTEGER      | MEDIUMINT UNSIGNED             | INTEGER
            BIGINT UNSIGNED                | -  | NUMERIC(20)  | BIGINT UNSIGNED                | NUMERIC(20)
            MEDIUMINT                      | -  | INTEGER      | MEDIUMINT                      | INTEGER
            TINYINT                        | 1  | BOOLEAN      | TINYINT                        | BOOLEAN
            TINYINT                        | -  | SMALLINT     | TINYINT                        | TINYINT
            DATETIME                       | -  | TIMESTAMP    | DATETIME                       | TIMESTAMP
            YEAR                           | -  | SMALLINT     | YEAR                           | SMALLINT
            TINYTEXT                       | -  | TEXT         | TINYTEXT                       | CLOB
            LONGTEXT                       | -  | TEXT         | LONGTEXT                       | CLOB
            TINYBLOB                       | -  | BYTEA        | BLOB                           | BLOB
            LONGBLOB                       | -  | BYTEA        | LONGBLOB                       | BLOB
            JSON                           | -  | JSON         | JSON                           | JSON
            GEOMETRY                       | -  | BYTEA        | GEOMETRY                       | GEOMETRY
            POINT                          | -  | BYTEA        | POINT                          | GEOMETRY
            ENUM('G','PG-13','NC-17')      | -  | VARCHAR(5)   | ENUM('G', 'PG-13', 'NC-17')    | VARCHAR(5)
            SET('a','bb')                  | -  | VARCHAR(4)   | SET('a', 'bb')                 | VARCHAR(4)
            VARCHAR(40) BINARY             | -  | VARCHAR(40)  | VARCHAR(40) BINARY             | VARCHAR(40)
            """)
    void mysql_types_map_to_each_dialect(String type, Integer length, String postgres, String mysql, String h2) {
        Attribute a = new Attribute(UUID.randomUUID(), UUID.randomUUID(), 1, "c", type, length, null, null, true, null,
                false, false, false, null, null, 1);

        assertThat(TypeMapping.map(a, SqlDialectChoice.POSTGRESQL, false, false).name()).isEqualTo(postgres);
        assertThat(TypeMapping.map(a, SqlDialectChoice.MYSQL, false, true).name()).isEqualTo(mysql);
        assertThat(TypeMapping.map(a, SqlDialectChoice.H2, false, false).name()).isEqualTo(h2);
    }

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            LTREE         | POSTGRESQL | LTREE
            LTREE         | MYSQL      | TEXT
            LTREE         | H2         | VARCHAR
            """)
    void a_type_without_an_equivalent_becomes_one_that_runs_with_a_note(String type, SqlDialectChoice dialect,
                                                                        String expected) {
        Attribute a = new Attribute(UUID.randomUUID(), UUID.randomUUID(), 1, "c", type, null, null, null, true, null,
                false, false, false, null, null, 1);
        TypeMapping.SqlType mapped = TypeMapping.map(a, dialect, false, dialect == SqlDialectChoice.POSTGRESQL);
        assertThat(mapped.name()).isEqualTo(expected);
        assertThat(mapped.note() == null).isEqualTo(dialect == SqlDialectChoice.POSTGRESQL);
    }

    @org.junit.jupiter.api.Test
    void an_enum_off_mysql_keeps_its_values_in_a_check() {
        Attribute a = new Attribute(UUID.randomUUID(), UUID.randomUUID(), 1, "rating", "ENUM('G','PG')", null, null,
                null, true, null, false, false, false, null, null, 1);
        assertThat(TypeMapping.map(a, SqlDialectChoice.POSTGRESQL, false, false).check()).isEqualTo("{0} IN ('G', 'PG')");
        assertThat(TypeMapping.map(a, SqlDialectChoice.MYSQL, false, true).check()).isNull();
    }
}
