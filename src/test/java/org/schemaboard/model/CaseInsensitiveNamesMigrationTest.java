package org.schemaboard.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V12 on a database that already holds names differing only in case (from a race before it): the earliest keeps its
 * name, the later ones are renamed with a suffix from their id and an audit line each, and from then on the database
 * refuses such a duplicate.
 */
class CaseInsensitiveNamesMigrationTest {

    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID DESIGN = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID FIRST = UUID.fromString("10000000-0000-0000-0000-000000000001");
    private static final UUID SECOND = UUID.fromString("20000000-0000-0000-0000-000000000002");
    private static final UUID THIRD = UUID.fromString("30000000-0000-0000-0000-000000000003");

    @Test
    void duplicates_are_renamed_audited_and_then_refused() throws SQLException {
        String url = "jdbc:h2:mem:v12-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2").target("10").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO app_user (id, username, display_name, password_hash, created_at) VALUES ('"
                    + USER + "', 'olga', 'Olga', 'x', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO design (id, name, name_key, target_database, created_by, created_at, updated_by,"
                    + " updated_at) VALUES ('" + DESIGN + "', 'Shop', 'shop', 'POSTGRESQL', '" + USER
                    + "', CURRENT_TIMESTAMP, '" + USER + "', CURRENT_TIMESTAMP)");
            entity(s, SECOND, "USERS", "2026-01-02 00:00:00+00");
            entity(s, FIRST, "Users", "2026-01-01 00:00:00+00");
            entity(s, THIRD, "users", "2026-01-03 00:00:00+00");
            entity(s, UUID.randomUUID(), "orders", "2026-01-01 00:00:00+00");
        }

        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();

        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT name FROM entity ORDER BY created_at, name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            assertThat(names).containsExactly("Users", "orders", "USERS_20000000", "users_30000000");
            List<String> audit = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT actor_name, action, element_type, old_value, new_value "
                    + "FROM audit_log WHERE design_id = '" + DESIGN + "' ORDER BY element_name")) {
                while (rs.next()) {
                    audit.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getString(4) + " -> " + rs.getString(5));
                }
            }
            assertThat(audit).containsExactly(
                    "system UPDATE ENTITY {\"name\":\"USERS\"} -> {\"name\":\"USERS_20000000\"}",
                    "system UPDATE ENTITY {\"name\":\"users\"} -> {\"name\":\"users_30000000\"}");
            assertThatThrownBy(() -> entity(s, UUID.randomUUID(), "ORDERS", "2026-02-01 00:00:00+00"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("UQ_ENTITY_NAME_KEY");
        }
    }

    private static void entity(Statement s, UUID id, String name, String createdAt) throws SQLException {
        s.execute("INSERT INTO entity (id, design_id, name, kind, created_at, updated_by, updated_at) VALUES ('" + id
                + "', '" + DESIGN + "', '" + name + "', 'CORE', TIMESTAMP WITH TIME ZONE '" + createdAt + "', '"
                + USER + "', CURRENT_TIMESTAMP)");
    }
}
