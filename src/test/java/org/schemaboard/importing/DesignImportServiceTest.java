package org.schemaboard.importing;

import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import org.schemaboard.importing.json.DesignImportService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.export.DesignJson;
import org.schemaboard.export.DesignJsonException;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class DesignImportServiceTest {

    @Autowired
    TestData data;
    @Autowired
    DesignImportService imports;
    @Autowired
    DesignService designs;
    @Autowired
    DesignModelService models;
    @Autowired
    EntityService entities;
    @Autowired
    RelationshipService relationships;
    @Autowired
    IndexService indexes;
    @Autowired
    QueryPatternService patterns;

    String owner;
    String importer;

    @BeforeEach
    void accounts() {
        owner = data.account("import-owner");
        importer = data.account("import-importer");
    }

    @Test
    void a_design_exported_imported_and_exported_again_gives_the_same_file_apart_from_ids_and_name() {
        UUID original = richDesign(TestData.designName("Shop"));
        String exported = exportJson(owner, original);

        UUID copy = data.as(importer, () -> imports.importJson(exported, null));
        String again = exportJson(importer, copy);

        assertThat(DesignFiles.withoutIds(again)).isEqualTo(DesignFiles.withoutIds(exported));
        assertThat(again).doesNotContain(DesignJson.read(exported).entities().get(0).id().toString());
    }

    @Test
    void an_n_to_m_relationship_is_imported_over_its_junction_without_a_second_set_of_key_columns_or_links() {
        UUID original = richDesign(TestData.designName("Shop"));

        List<String> junctionColumns = data.as(owner, () -> models.load(original)).entityNamed("order_lines")
                .orElseThrow().attributes().stream().map(a -> a.name()).toList();

        UUID copy = data.as(importer, () -> imports.importJson(exportJson(owner, original), null));

        DesignModel imported = data.as(importer, () -> models.load(copy));
        Entity junction = imported.entityNamed("order_lines").orElseThrow();
        assertThat(junctionColumns).as("orders has a composite key: the service added both its columns")
                .containsExactly("order_id", "product_id", "quantity", "order_region", "order_order_no");
        assertThat(junction.attributes()).extracting(a -> a.name()).isEqualTo(junctionColumns);
        assertThat(imported.relationshipsOf(junction.id())).extracting(Relationship::cardinality)
                .containsExactlyInAnyOrder(Cardinality.ONE_TO_MANY, Cardinality.ONE_TO_MANY, Cardinality.MANY_TO_MANY);
        assertThat(imported.relationships().stream().filter(r -> "includes".equals(r.label())))
                .singleElement().extracting(Relationship::junctionEntityId).isEqualTo(junction.id());
    }

    @Test
    void the_importer_owns_the_new_design_and_its_history_says_what_the_import_brought() {
        UUID original = richDesign(TestData.designName("Shop"));

        UUID copy = data.as(importer, () -> imports.importJson(exportJson(owner, original), null));

        DesignSummary summary = data.as(importer, () -> designs.get(copy));
        assertThat(summary.myRole()).isEqualTo(DesignRole.OWNER);
        List<AuditRecord> history = data.as(importer, () -> models.history(copy, null, null, 1000));
        assertThat(history).allSatisfy(line -> assertThat(line.actor()).isEqualTo(importer));
        // one line for the whole file (not one per element), with the counts of what it brought
        DesignModel file = data.as(owner, () -> models.load(original));
        assertThat(history).filteredOn(line -> line.action() == ChangeAction.IMPORT).singleElement().satisfies(line -> {
            assertThat(line.elementName()).startsWith("a design.json file: " + file.entities().size() + " entities");
            assertThat(line.newValue()).contains("\"entities\":" + file.entities().size())
                    .contains("\"indexes\":" + file.indexes().size())
                    .contains("\"queryPatterns\":" + file.queryPatterns().size())
                    .contains("\"relationships\":" + file.relationships().size());
        });
        assertThat(history).extracting(AuditRecord::elementType)
                .doesNotContain(ElementType.ENTITY, ElementType.ATTRIBUTE, ElementType.INDEX);
    }

    @Test
    void the_files_name_is_kept_when_free_and_otherwise_marked_as_imported() {
        String name = TestData.designName("Catalogue");
        UUID original = richDesign(name);
        String json = exportJson(owner, original);

        UUID first = data.as(importer, () -> imports.importJson(json, null));
        UUID second = data.as(importer, () -> imports.importJson(json, " "));
        UUID named = data.as(importer, () -> imports.importJson(json, "  My copy of " + name + " "));

        assertThat(data.as(importer, () -> designs.get(first)).name()).isEqualTo(name + " (imported)");
        assertThat(data.as(importer, () -> designs.get(second)).name()).isEqualTo(name + " (imported 2)");
        assertThat(data.as(importer, () -> designs.get(named)).name()).isEqualTo("My copy of " + name);
        assertThatThrownBy(() -> data.as(importer, () -> imports.importJson(json, name)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A design named \"" + name + "\" already exists; choose another name");
    }

    @Test
    void a_file_that_is_not_valid_json_creates_no_design() {
        List<DesignSummary> before = data.as(importer, designs::listMine);

        assertThatThrownBy(() -> data.as(importer, () -> imports.importJson("{\"format\": ", null)))
                .isInstanceOf(DesignJsonException.class).hasMessageStartingWith("Not valid JSON at line 1, column 12");

        assertThat(data.as(importer, designs::listMine)).isEqualTo(before);
    }

    @Test
    void an_element_refused_halfway_through_creates_nothing_and_the_message_names_it() {
        String name = TestData.designName("Refused");
        String json = exportJson(owner, richDesign(TestData.designName("Shop")))
                .replace("\"name\": \"idx_products_name\"", "\"name\": \"idx products name\"");
        List<DesignSummary> before = data.as(importer, designs::listMine);

        assertThatThrownBy(() -> data.as(importer, () -> imports.importJson(json, name)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Index idx products name: Start with a letter or '_' and use only letters, digits and '_'");

        assertThat(data.as(importer, designs::listMine)).isEqualTo(before);
        assertThat(designs.nameInUse(name)).isFalse();
    }

    /**
     * A design with one of everything the file carries: composite keys, 1:1, 1:N with each action, an N:M made by the
     * service (junction, key columns and its two 1:N), a self-reference, unique, partial, descending and GIN indexes,
     * and query patterns linked to indexes from both ends.
     */
    private UUID richDesign(String name) {
        UUID design = data.design(owner, name);
        return data.as(owner, () -> {
            UUID customers = entities.createEntity(design, new EntityDraft("customers", EntityKind.CORE,
                    "People who buy.", "E-mail is unique.", "Closed, never deleted.", "Notes with \"quotes\"\nand lines."));
            UUID customerId = entities.addAttribute(customers, AttributeDraft.of("id", "UUID").asPrimaryKey()
                    .withDefault("gen_random_uuid()"));
            UUID email = entities.addAttribute(customers, AttributeDraft.of("email", "VARCHAR").withLength(255)
                    .notNull().withDescription("Login name"));
            entities.addAttribute(customers, AttributeDraft.of("status", "VARCHAR").withLength(20).notNull()
                    .withDefault("'active'").withCheck("status IN ('active', 'closed')"));
            entities.addAttribute(customers, AttributeDraft.of("attributes", "JSONB"));

            UUID profiles = entities.createEntity(design, EntityDraft.named("profiles", EntityKind.CORE));
            UUID profileCustomer = entities.addAttribute(profiles, AttributeDraft.of("customer_id", "UUID")
                    .asPrimaryKey());

            UUID orders = entities.createEntity(design, EntityDraft.named("orders", EntityKind.CORE));
            UUID region = entities.addAttribute(orders, AttributeDraft.of("region", "CHAR").withLength(2)
                    .asPrimaryKey());
            UUID number = entities.addAttribute(orders, AttributeDraft.of("order_no", "BIGINT").asPrimaryKey());
            UUID orderCustomer = entities.addAttribute(orders, AttributeDraft.of("customer_id", "UUID"));
            UUID total = entities.addAttribute(orders, AttributeDraft.of("total", "DECIMAL").withPrecision(12, 2)
                    .notNull());
            UUID created = entities.addAttribute(orders, AttributeDraft.of("created_at", "TIMESTAMP").notNull());

            UUID shipments = entities.createEntity(design, EntityDraft.named("shipments", EntityKind.CORE));
            entities.addAttribute(shipments, AttributeDraft.of("id", "BIGINT").asPrimaryKey());
            UUID shipRegion = entities.addAttribute(shipments, AttributeDraft.of("region", "CHAR").withLength(2)
                    .notNull());
            UUID shipOrder = entities.addAttribute(shipments, AttributeDraft.of("order_no", "BIGINT").notNull());

            UUID products = entities.createEntity(design, EntityDraft.named("products", EntityKind.CORE));
            UUID productId = entities.addAttribute(products, AttributeDraft.of("id", "BIGINT").asPrimaryKey());
            UUID productName = entities.addAttribute(products, AttributeDraft.of("name", "TEXT").notNull());
            UUID parent = entities.addAttribute(products, AttributeDraft.of("variant_of", "BIGINT"));

            UUID orderLines = entities.createEntity(design, EntityDraft.named("order_lines", EntityKind.JUNCTION));
            entities.addAttribute(orderLines, AttributeDraft.of("order_id", "BIGINT").asPrimaryKey());
            entities.addAttribute(orderLines, AttributeDraft.of("product_id", "BIGINT").asPrimaryKey());
            entities.addAttribute(orderLines, AttributeDraft.of("quantity", "INTEGER").notNull()
                    .withCheck("quantity > 0"));
            UUID carts = entities.createEntity(design, EntityDraft.named("carts", EntityKind.CORE));
            entities.addAttribute(carts, AttributeDraft.of("id", "BIGINT").asPrimaryKey());

            relationships.create(design, new RelationshipDraft(customers, profiles, Cardinality.ONE_TO_ONE,
                    List.of(new Relationship.ColumnPair(customerId, profileCustomer)), ReferentialAction.CASCADE,
                    null, "has", true, "A profile belongs to one customer.", "fk_profiles_customer", null, null));
            relationships.create(design, new RelationshipDraft(customers, orders, Cardinality.ONE_TO_MANY,
                    List.of(new Relationship.ColumnPair(customerId, orderCustomer)), ReferentialAction.SET_NULL,
                    ReferentialAction.CASCADE, "places", false, null, null, null, null));
            relationships.create(design, new RelationshipDraft(orders, shipments, Cardinality.ONE_TO_MANY,
                    List.of(new Relationship.ColumnPair(region, shipRegion),
                            new Relationship.ColumnPair(number, shipOrder)),
                    ReferentialAction.RESTRICT, null, "ships", false, null, "fk_shipments_order", null, null));
            relationships.create(design, new RelationshipDraft(products, products, Cardinality.ONE_TO_MANY,
                    List.of(new Relationship.ColumnPair(productId, parent)), ReferentialAction.SET_NULL, null,
                    "varies", false, null, null, null, null));
            // the service makes the junction's two 1:N relationships, reusing its key columns by name
            relationships.create(design, new RelationshipDraft(orders, products, Cardinality.MANY_TO_MANY, null,
                    null, null, "includes", false, "An order has many products.", null, orderLines, null));
            // and here makes the junction entity itself
            relationships.create(design, new RelationshipDraft(carts, products, Cardinality.MANY_TO_MANY, null,
                    null, null, "holds", false, null, null, null, "cart_products"));

            UUID dashboard = patterns.create(design, new QueryPatternDraft("Dashboard", "Per customer.",
                    "SELECT * FROM orders WHERE customer_id = $1", new BigDecimal("20.5"), FrequencyUnit.SECOND, 50,
                    List.of(orders, customers), List.of()));
            UUID search = patterns.create(design, new QueryPatternDraft("Search", null, "SELECT 1",
                    new BigDecimal("300"), FrequencyUnit.MINUTE, null, List.of(products), List.of()));
            patterns.create(design, new QueryPatternDraft("Nightly", null, null, null, null, null, List.of(),
                    List.of()));
            indexes.create(design, new IndexDraft(customers, "idx_customers_email",
                    List.of(new Index.IndexColumn(email, false)), true, false, null, null, "Sign-in",
                    "Login by e-mail.", List.of()));
            indexes.create(design, new IndexDraft(orders, "idx_orders_customer_created",
                    List.of(new Index.IndexColumn(orderCustomer, false), new Index.IndexColumn(created, true)),
                    false, true, "total > 0", null, "Dashboard", null, List.of(dashboard)));
            UUID byName = indexes.create(design, new IndexDraft(products, "idx_products_name",
                    List.of(new Index.IndexColumn(productName, false)), false, false, null, null, null, null,
                    List.of()));
            indexes.create(design, new IndexDraft(orders, "idx_orders_total",
                    List.of(new Index.IndexColumn(total, false)), false, false, null, IndexMethod.BRIN, null, null,
                    List.of(dashboard, search)));
            // a link made from the query pattern's side
            patterns.update(search, 1, new QueryPatternDraft("Search", null, "SELECT 1", new BigDecimal("300"),
                    FrequencyUnit.MINUTE, null, List.of(products), List.of(byName)));
            return design;
        });
    }

    private String exportJson(String username, UUID design) {
        return DesignJson.write(data.as(username, () -> models.load(design)));
    }
}
