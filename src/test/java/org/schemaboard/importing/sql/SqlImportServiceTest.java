package org.schemaboard.importing.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.importing.sql.SqlDumpReaderTest.dump;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class SqlImportServiceTest {

    @Autowired
    TestData data;
    @Autowired
    SqlImportService imports;
    @Autowired
    DesignModelService models;
    @Autowired
    DesignService designs;
    @Autowired
    org.schemaboard.export.ExportSources exportSources;

    String user;

    @BeforeEach
    void signIn() {
        user = data.account("importer");
    }

    @Test
    void a_pg_dump_becomes_a_design_with_every_table_column_key_foreign_key_and_index() {
        ImportPlan plan = imports.preview(dump("pg_dump.sql"), ImportDialect.AUTO);
        String name = TestData.designName("Shop import");
        UUID id = data.as(user, () -> imports.importIntoNewDesign(name, TargetDatabase.POSTGRESQL, plan));
        DesignModel model = data.as(user, () -> models.load(id));

        assertThat(model.entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("customers", "orders", "order_lines", "shipments");
        assertThat(model.description()).contains("open_orders");
        Entity customers = model.entityNamed("customers").orElseThrow();
        assertThat(customers.purpose()).isEqualTo("People who buy; one row per account");
        assertThat(customers.attributes()).extracting(Attribute::name)
                .containsExactly("id", "email", "name", "balance", "status", "created_at", "deleted_at");
        Attribute email = customers.attributeNamed("email").orElseThrow();
        assertThat(email.dataType()).isEqualTo("CHARACTER VARYING");
        assertThat(email.length()).isEqualTo(255);
        assertThat(email.nullable()).isFalse();
        assertThat(email.unique()).isTrue();
        assertThat(email.description()).isEqualTo("Login and contact address");
        Attribute balance = customers.attributeNamed("balance").orElseThrow();
        assertThat(balance.typeDisplay()).isEqualTo("NUMERIC(12,2)");
        assertThat(balance.defaultValue()).isEqualTo("0");
        assertThat(balance.checkExpression()).isEqualTo("balance >= cast(0 AS numeric)");
        assertThat(customers.primaryKey()).extracting(Attribute::name).containsExactly("id");
        assertThat(model.entityNamed("order_lines").orElseThrow().primaryKey()).extracting(Attribute::name)
                .containsExactly("order_id", "line_no");
        Attribute orderId = model.entityNamed("orders").orElseThrow().attributeNamed("id").orElseThrow();
        assertThat(orderId.dataType()).isEqualTo("INTEGER");
        assertThat(orderId.autoIncrement()).as("a nextval default is kept as auto-increment").isTrue();

        Map<UUID, Attribute> attributes = model.attributesById();
        Map<String, Relationship> byName = model.relationships().stream()
                .collect(Collectors.toMap(Relationship::name, r -> r));
        Relationship ordersCustomer = byName.get("orders_customer_id_fkey");
        assertThat(model.entityName(ordersCustomer.fromEntityId())).isEqualTo("customers");
        assertThat(model.entityName(ordersCustomer.toEntityId())).isEqualTo("orders");
        assertThat(ordersCustomer.cardinality()).isEqualTo(Cardinality.ONE_TO_MANY);
        assertThat(ordersCustomer.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(ordersCustomer.onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
        Relationship lines = byName.get("order_lines_order_id_fkey");
        assertThat(lines.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(lines.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(lines.identifying()).isTrue();
        Relationship shipments = byName.get("shipments_line_fkey");
        assertThat(shipments.cardinality()).isEqualTo(Cardinality.ONE_TO_ONE);
        assertThat(shipments.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(shipments.columns()).extracting(p -> attributes.get(p.fromAttributeId()).name() + "->"
                + attributes.get(p.toAttributeId()).name()).containsExactly("order_id->order_id", "line_no->line_no");

        Map<String, Index> indexes = model.indexes().stream().collect(Collectors.toMap(Index::name, i -> i));
        assertThat(indexes).containsOnlyKeys("idx_customers_live_email", "idx_orders_tags", "uq_shipments_order_line");
        Index live = indexes.get("idx_customers_live_email");
        assertThat(live.columns()).extracting(c -> attributes.get(c.attributeId()).name() + (c.descending() ? " DESC" : ""))
                .containsExactly("email", "created_at DESC");
        assertThat(live.predicate()).isEqualTo("deleted_at IS NULL");
        assertThat(live.method()).isEqualTo(IndexMethod.BTREE);
        assertThat(indexes.get("idx_orders_tags").method()).isEqualTo(IndexMethod.GIN);
        assertThat(indexes.get("uq_shipments_order_line").unique()).isTrue();
    }

    @Test
    void a_mysqldump_imports_with_one_to_one_for_a_primary_key_foreign_key_and_inline_keys_as_indexes() {
        ImportPlan plan = imports.preview(dump("mysqldump.sql"), ImportDialect.AUTO);
        UUID id = data.as(user, () -> imports.importIntoNewDesign(TestData.designName("Blog import"),
                TargetDatabase.MYSQL, plan));
        DesignModel model = data.as(user, () -> models.load(id));

        Map<String, Relationship> byName = model.relationships().stream()
                .collect(Collectors.toMap(Relationship::name, r -> r));
        assertThat(byName.get("fk_profiles_user").cardinality()).isEqualTo(Cardinality.ONE_TO_ONE);
        assertThat(byName.get("fk_posts_user").cardinality()).isEqualTo(Cardinality.ONE_TO_MANY);
        assertThat(byName.get("fk_posts_user").onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(model.indexes()).extracting(Index::name)
                .containsExactlyInAnyOrder("uq_users_email", "idx_users_name", "ft_users_name", "idx_posts_user");
        assertThat(model.indexes()).filteredOn(i -> i.name().equals("ft_users_name")).extracting(Index::method)
                .containsExactly(org.schemaboard.model.index.IndexMethod.FULLTEXT);
        assertThat(model.entityNamed("users").orElseThrow().attributeNamed("email").orElseThrow().description())
                .isEqualTo("Login; the user's 'primary' address");
    }

    @Test
    void a_sqlite_file_imports_with_a_composite_unique_constraint_as_a_unique_index() {
        ImportPlan plan = imports.preview(dump("sqlite.sql"), ImportDialect.SQLITE);
        UUID id = data.as(user, () -> imports.importIntoNewDesign(TestData.designName("Music import"),
                TargetDatabase.SQLITE, plan));
        DesignModel model = data.as(user, () -> models.load(id));

        assertThat(model.indexes()).extracting(Index::name)
                .containsExactlyInAnyOrder("uq_albums_artist_title", "idx_tracks_album", "uq_tracks_title");
        assertThat(model.relationships()).extracting(r -> model.entityName(r.toEntityId()) + " "
                + r.cardinality().label() + " " + r.onDelete().sql())
                .containsExactlyInAnyOrder("tracks 1:N CASCADE", "album_notes 1:1 SET DEFAULT");
    }

    @Test
    void an_element_the_model_refuses_rolls_back_everything_and_is_named_in_the_error() {
        String sql = "CREATE TABLE parents (id integer PRIMARY KEY);\n"
                + "CREATE TABLE children (id integer PRIMARY KEY, parent_id date NOT NULL,\n"
                + "  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parents (id));\n";
        ImportPlan plan = imports.preview(sql, ImportDialect.POSTGRESQL);
        String name = TestData.designName("Refused import");

        assertThatThrownBy(() -> data.as(user, () -> imports.importIntoNewDesign(name, TargetDatabase.POSTGRESQL,
                plan))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("foreign key fk_child_parent children[parent_id] → parents (line 2)")
                .hasMessageContaining("the types differ")
                .hasMessageContaining("Nothing was imported");
        assertThat(data.as(user, () -> designs.listMine())).extracting(DesignSummary::name).doesNotContain(name);
    }

    @Test
    void a_broken_file_is_refused_with_line_and_column_and_nothing_is_created() {
        ImportPlan plan = imports.preview("CREATE TABLE a (id int);\nCREATE TABLE b (x text DEFAULT 'oops);\n",
                ImportDialect.POSTGRESQL);
        String name = TestData.designName("Broken import");

        assertThat(plan.errors()).isNotEmpty();
        assertThatThrownBy(() -> data.as(user, () -> imports.importIntoNewDesign(name, TargetDatabase.POSTGRESQL,
                plan))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 2, column 32");
        assertThat(data.as(user, () -> designs.listMine())).extracting(DesignSummary::name).doesNotContain(name);
    }

    @Test
    void names_the_model_refuses_are_mapped_with_a_warning_in_the_preview() {
        String longName = "a_table_name_that_is_much_longer_than_postgresql_allows_for_names_x";
        ImportPlan plan = imports.preview("CREATE TABLE \"Order Items\" (\"Line No\" int PRIMARY KEY);\n"
                + "CREATE TABLE " + longName + " (id int);\n", ImportDialect.POSTGRESQL);
        assertThat(plan.warnings()).extracting(ImportPlan.Warning::text)
                .anyMatch(w -> w.startsWith("The table Order Items is imported as Order_Items"))
                .anyMatch(w -> w.startsWith("The column Order Items.Line No is imported as Line_No"))
                .anyMatch(w -> w.startsWith("The table " + longName + " is imported as"));

        UUID id = data.as(user, () -> imports.importIntoNewDesign(TestData.designName("Mapped"),
                TargetDatabase.POSTGRESQL, plan));
        DesignModel model = data.as(user, () -> models.load(id));
        assertThat(model.entities()).extracting(Entity::name).contains("Order_Items")
                .allMatch(n -> n.length() <= 63);
    }

    @Test
    void importing_into_an_existing_design_adds_the_tables_and_a_clash_rolls_the_second_import_back() {
        UUID design = data.design(user, TestData.designName("Existing"));
        ImportPlan plan = imports.preview(dump("sqlite.sql"), ImportDialect.AUTO);
        data.as(user, () -> imports.importInto(design, plan));
        DesignModel first = data.as(user, () -> models.load(design));
        assertThat(first.entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("tracks", "albums", "album_notes");

        ImportPlan clashing = imports.preview("CREATE TABLE playlists (id integer PRIMARY KEY);\n"
                + "CREATE TABLE albums (id integer PRIMARY KEY);\n", ImportDialect.SQLITE);
        assertThatThrownBy(() -> data.as(user, () -> imports.importInto(design, clashing)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("table albums (line 2)")
                .hasMessageContaining("already has an entity named albums");
        DesignModel after = data.as(user, () -> models.load(design));
        assertThat(after.entities()).hasSameSizeAs(first.entities());
        assertThat(after.indexes()).hasSameSizeAs(first.indexes());
        assertThat(after.relationships()).hasSameSizeAs(first.relationships());
    }

    @Test
    void a_check_on_several_columns_becomes_a_business_rule_of_the_entity() {
        ImportPlan plan = imports.preview("CREATE TABLE periods (starts date NOT NULL, ends date,\n"
                + "  CONSTRAINT ends_after_start CHECK (ends > starts));\n", ImportDialect.POSTGRESQL);
        assertThat(plan.table("periods").orElseThrow().checks()).containsExactly("ends > starts");
        UUID id = data.as(user, () -> imports.importIntoNewDesign(TestData.designName("Periods"),
                TargetDatabase.POSTGRESQL, plan));
        assertThat(data.as(user, () -> models.load(id)).entityNamed("periods").orElseThrow().businessRules())
                .contains("CHECK (ends > starts)");
    }

    @Test
    void a_table_whose_primary_key_is_two_foreign_keys_becomes_a_junction() {
        ImportPlan plan = imports.preview(String.join("\n",
                "CREATE TABLE students (id integer PRIMARY KEY);",
                "CREATE TABLE courses (id integer PRIMARY KEY);",
                "CREATE TABLE enrolments (student_id integer NOT NULL REFERENCES students (id) ON DELETE CASCADE,",
                "  course_id integer NOT NULL REFERENCES courses (id) ON DELETE CASCADE,",
                "  PRIMARY KEY (student_id, course_id));"), ImportDialect.POSTGRESQL);
        UUID id = data.as(user, () -> imports.importIntoNewDesign(TestData.designName("School"),
                TargetDatabase.POSTGRESQL, plan));
        DesignModel model = data.as(user, () -> models.load(id));
        Entity enrolments = model.entityNamed("enrolments").orElseThrow();
        assertThat(enrolments.kind()).isEqualTo(org.schemaboard.model.entity.EntityKind.JUNCTION);
        assertThat(enrolments.purpose()).isEqualTo("Resolves the many-to-many relationship between students and "
                + "courses.");
        assertThat(model.entityNamed("students").orElseThrow().kind()).isEqualTo(org.schemaboard.model.entity.EntityKind.CORE);
        assertThat(model.relationships()).extracting(r -> r.cardinality().label())
                .containsExactlyInAnyOrder("1:N", "1:N", "N:M");
        Relationship manyToMany = model.relationships().stream()
                .filter(r -> r.cardinality() == Cardinality.MANY_TO_MANY).findFirst().orElseThrow();
        assertThat(manyToMany.fromEntityId()).isEqualTo(model.entityNamed("students").orElseThrow().id());
        assertThat(manyToMany.toEntityId()).isEqualTo(model.entityNamed("courses").orElseThrow().id());
        assertThat(manyToMany.junctionEntityId()).isEqualTo(enrolments.id());
        assertThat(plan.warnings()).extracting(ImportPlan.Warning::text).contains("enrolments: a junction table (its "
                + "primary key is its two foreign keys), imported as a Junction entity with an N:M relationship "
                + "between students and courses");
    }

    @Test
    void a_partition_partitioned_in_turn_is_collapsed_into_the_top_table_and_described_in_its_plan() {
        ImportPlan plan = imports.preview(String.join("\n",
                "CREATE TABLE public.readings (id bigint NOT NULL, taken_on date NOT NULL, region text NOT NULL)",
                "PARTITION BY RANGE (taken_on);",
                "CREATE TABLE public.readings_2026 PARTITION OF public.readings",
                "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (region);",
                "CREATE TABLE public.readings_2026_eu PARTITION OF public.readings_2026 FOR VALUES IN ('eu');",
                "CREATE TABLE public.readings_2026_us PARTITION OF public.readings_2026 FOR VALUES IN ('us');",
                "CREATE TABLE public.readings_2027 PARTITION OF public.readings",
                "FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');"), ImportDialect.POSTGRESQL);

        assertThat(plan.tables()).extracting(ImportPlan.Table::name).containsExactly("readings");
        assertThat(plan.partitionings()).singleElement().satisfies(p -> {
            assertThat(p.partitions()).extracting(ImportPlan.Partition::name)
                    .containsExactly("readings_2026", "readings_2027");
            assertThat(p.subpartitioned()).singleElement().satisfies(sub -> {
                assertThat(sub.table()).isEqualTo("readings_2026");
                assertThat(sub.strategy()).isEqualTo("LIST");
                assertThat(sub.partitions()).extracting(ImportPlan.Partition::name)
                        .containsExactly("readings_2026_eu", "readings_2026_us");
            });
        });
        assertThat(plan.warnings()).extracting(ImportPlan.Warning::text).anySatisfy(w -> assertThat(w)
                .contains("readings_2026 in turn BY LIST (region): readings_2026_eu FOR VALUES IN ('eu'), "
                        + "readings_2026_us FOR VALUES IN ('us')"));

        UUID id = data.as(user, () -> imports.importIntoNewDesign(TestData.designName("Readings"),
                TargetDatabase.POSTGRESQL, plan));
        org.schemaboard.export.ExportSource source = data.as(user, () -> exportSources.of(id));
        assertThat(source.model().entities()).extracting(Entity::name).containsExactly("readings");
        assertThat(source.specification().partitioning().plans()).singleElement().satisfies(p -> {
            assertThat(p.strategy()).isEqualTo(org.schemaboard.spec.scalability.Partitioning.Strategy.RANGE);
            assertThat(p.bounds()).extracting(org.schemaboard.spec.scalability.Partitioning.Bound::name)
                    .containsExactly("readings_2026", "readings_2027");
            assertThat(p.rationale()).contains("partition readings_2026 is partitioned in turn BY LIST (region): "
                    + "readings_2026_eu FOR VALUES IN ('eu')");
        });
    }

    @Test
    void partitions_are_collapsed_into_their_table_and_the_partitioning_is_noted_in_the_description() {
        ImportPlan plan = imports.preview(String.join("\n",
                "CREATE TABLE public.events (id bigint NOT NULL, region text NOT NULL, happened_at date NOT NULL)",
                "PARTITION BY LIST (region);",
                "CREATE TABLE public.events_eu (id bigint NOT NULL, region text NOT NULL, happened_at date NOT NULL);",
                "CREATE TABLE public.events_us PARTITION OF public.events FOR VALUES IN ('us');",
                "ALTER TABLE ONLY public.events ATTACH PARTITION public.events_eu FOR VALUES IN ('eu');",
                "ALTER TABLE ONLY public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id, region);",
                "ALTER TABLE ONLY public.events_eu ADD CONSTRAINT events_eu_pkey PRIMARY KEY (id, region);",
                "CREATE INDEX idx_events_when ON ONLY public.events USING btree (happened_at);",
                "CREATE INDEX events_eu_happened_at_idx ON public.events_eu USING btree (happened_at);",
                "ALTER INDEX public.idx_events_when ATTACH PARTITION public.events_eu_happened_at_idx;",
                "CREATE TABLE public.events_rest PARTITION OF public.events DEFAULT;"), ImportDialect.POSTGRESQL);

        assertThat(plan.tables()).extracting(ImportPlan.Table::name).containsExactly("events");
        assertThat(plan.indexes()).extracting(ImportPlan.IndexPlan::name).containsExactly("idx_events_when");
        assertThat(plan.partitionings()).containsExactly(new ImportPlan.Partitioning("events", "LIST", "region",
                List.of(new ImportPlan.Partition("events_us", "FOR VALUES IN ('us')", 4),
                        new ImportPlan.Partition("events_eu", "FOR VALUES IN ('eu')", 5),
                        new ImportPlan.Partition("events_rest", "DEFAULT", 11)), 1));
        assertThat(plan.skipped()).extracting(ImportPlan.Skipped::line, ImportPlan.Skipped::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(9, "on a partition (partitions are collapsed into their table)"),
                org.assertj.core.groups.Tuple.tuple(10, "index of a partition (partitions are collapsed into their "
                        + "table)"));
        assertThat(plan.warnings()).extracting(ImportPlan.Warning::text).contains("events: partitioned BY LIST "
                + "(region): events_us FOR VALUES IN ('us'), events_eu FOR VALUES IN ('eu'), events_rest DEFAULT. "
                + "Imported as one entity; the partitioning becomes its plan in the Partitioning section.");

        UUID id = data.as(user, () -> imports.importIntoNewDesign(TestData.designName("Events"),
                TargetDatabase.POSTGRESQL, plan));
        DesignModel model = data.as(user, () -> models.load(id));
        assertThat(model.entities()).extracting(Entity::name).containsExactly("events");
        assertThat(model.entityNamed("events").orElseThrow().primaryKey()).extracting(Attribute::name)
                .containsExactly("id", "region");
        assertThat(model.description()).contains("Partitioned tables of the dump (each imported as one entity):\n"
                + "- events BY LIST (region): events_us FOR VALUES IN ('us'), events_eu");
        // the partitioning is a plan of the design, and the PostgreSQL DDL declares it again
        org.schemaboard.export.ExportSource source = data.as(user, () -> exportSources.of(id));
        assertThat(source.specification().partitioning().plans()).singleElement().satisfies(p -> {
            assertThat(p.strategy()).isEqualTo(org.schemaboard.spec.scalability.Partitioning.Strategy.LIST);
            assertThat(p.keyAttributeIds()).containsExactly(model.entityNamed("events").orElseThrow().attributes()
                    .stream().filter(a -> a.name().equals("region")).findFirst().orElseThrow().id());
            assertThat(p.bounds()).extracting(org.schemaboard.spec.scalability.Partitioning.Bound::name)
                    .containsExactly("events_us", "events_eu", "events_rest");
        });
        assertThat(org.schemaboard.export.SpecificationExport.ddl(source,
                org.schemaboard.export.SqlDialectChoice.POSTGRESQL))
                .contains(")\nPARTITION BY LIST (region);")
                .contains("CREATE TABLE events_us PARTITION OF events FOR VALUES IN ('us');")
                .contains("CREATE TABLE events_rest PARTITION OF events DEFAULT;");
    }

    @Test
    void a_file_over_50_mb_is_refused() {
        String huge = "-".repeat(SqlImportService.MAX_CHARACTERS + 1);
        assertThatThrownBy(() -> imports.preview(huge, ImportDialect.AUTO)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 50 MB");
    }

}
