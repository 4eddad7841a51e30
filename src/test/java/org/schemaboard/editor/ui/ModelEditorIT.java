package org.schemaboard.editor.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/** The design editor in a real browser: entities, attributes, relationships, and what a viewer may do. */
class ModelEditorIT extends BrowserTestBase {

    @Autowired
    DesignService designs;
    @Autowired
    EntityService entities;
    @Autowired
    DesignModelService models;
    @Autowired
    CurrentUser currentUser;

    @Test
    void alice_builds_entities_and_a_composite_cascading_relationship_that_survive_a_reload() {
        UUID designId = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("Stock keeping " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, "Browser test"));
            // test data: the referencing side already exists; the referenced side is built in the browser
            UUID stock = entities.createEntity(id, EntityDraft.named("stock", EntityKind.CORE));
            entities.addAttribute(stock, AttributeDraft.of("id", "UUID").asPrimaryKey());
            entities.addAttribute(stock, AttributeDraft.of("warehouse_code", "VARCHAR").withLength(10).notNull());
            entities.addAttribute(stock, AttributeDraft.of("warehouse_region", "VARCHAR").withLength(10).notNull());
            return id;
        });
        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + designId + "/entities"));

        // an entity with attributes, through the UI
        button(page, "New entity").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Entity name").fill("warehouses");
        button(dialog, "Create entity").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("warehouses")
                .setExact(true))).isVisible();
        addAttribute(page, "code", "VARCHAR", "10", true);
        addAttribute(page, "region", "VARCHAR", "10", true);
        addAttribute(page, "opened_on", "DATE", null, false);
        Locator attributes = grid(page, "Attributes of warehouses");
        assertThat(cell(attributes, "VARCHAR(10)").first()).isVisible();
        assertThat(cell(attributes, "opened_on")).isVisible();
        screenshot(page, "editor-entities");

        // reorder: opened_on moves up above region
        button(page, "Move opened_on up").click();
        assertThat(button(page, "Move opened_on down")).isEnabled();

        // a 1:N relationship with a two-column key and ON DELETE CASCADE
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Relationships")).click();
        button(page, "New relationship").click();
        dialog = page.getByRole(AriaRole.DIALOG);
        choose(page, dialog.getByLabel("From (referenced"), "warehouses", "warehouses");
        choose(page, dialog.getByLabel("To (holds the foreign key)"), "stock", "stock");
        choose(page, dialog.getByLabel("Foreign key column 1"), "warehouse_code", "warehouse_code");
        choose(page, dialog.getByLabel("Referenced column 1"), "code", "code ·");
        button(dialog, "Add column pair").click();
        choose(page, dialog.getByLabel("Foreign key column 2"), "warehouse_region", "warehouse_region");
        choose(page, dialog.getByLabel("Referenced column 2"), "region", "region ·");
        dialog.getByLabel("ON DELETE").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("CASCADE").setExact(true)).click();
        dialog.getByLabel("Label (verb)").fill("holds");
        screenshot(page, "editor-relationship-dialog");
        button(dialog, "Save relationship").click();
        assertThat(dialog).isHidden();
        Locator relationships = grid(page, "Relationships");
        assertThat(cell(relationships, "warehouse_code → code, warehouse_region → region")).isVisible();

        // reload: all of it is still there
        page.reload();
        relationships = grid(page, "Relationships");
        assertThat(cell(relationships, "warehouse_code → code, warehouse_region → region")).isVisible();
        assertThat(cell(relationships, "CASCADE")).isVisible();
        screenshot(page, "editor-relationships");

        DesignModel model = currentUser.runAs("alice", () -> models.load(designId));
        Relationship holds = model.relationships().get(0);
        assertThat(holds.cardinality()).isEqualTo(Cardinality.ONE_TO_MANY);
        assertThat(holds.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(holds.columns()).hasSize(2);
        assertThat(model.entityNamed("warehouses").orElseThrow().attributes())
                .extracting(a -> a.name()).containsExactly("code", "opened_on", "region");
    }

    @Test
    void an_n_to_m_relationship_creates_its_junction_entity() {
        UUID designId = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("Tagging " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, null));
            for (String name : new String[] {"products", "tags"}) {
                UUID entity = entities.createEntity(id, EntityDraft.named(name, EntityKind.CORE));
                entities.addAttribute(entity, AttributeDraft.of("id", "BIGINT").asPrimaryKey());
            }
            return id;
        });
        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + designId + "/relationships"));
        button(page, "New relationship").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        choose(page, dialog.getByLabel("From (referenced"), "products", "products");
        choose(page, dialog.getByLabel("To (holds the foreign key)"), "tags", "tags");
        dialog.getByLabel("Cardinality").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("N:M (many to many, through a junction)"))
                .click();
        dialog.getByLabel("Junction entity name").fill("product_tags");
        button(dialog, "Save relationship").click();
        assertThat(dialog).isHidden();
        Locator grid = grid(page, "Relationships");
        assertThat(cell(grid, "through product_tags")).isVisible();
        assertThat(cell(grid, "product_id → id")).isVisible();
        assertThat(cell(grid, "tag_id → id")).isVisible();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Entities")).click();
        cell(grid(page, "Entities"), "product_tags").click();
        Locator attributes = grid(page, "Attributes of product_tags");
        assertThat(cell(attributes, "product_id")).isVisible();
        assertThat(cell(attributes, "tag_id")).isVisible();
    }

    @Test
    void a_partial_unique_index_and_a_query_pattern_relying_on_it_survive_a_reload() {
        UUID designId = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("Accounts " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, null));
            UUID users = entities.createEntity(id, EntityDraft.named("users", EntityKind.CORE));
            entities.addAttribute(users, AttributeDraft.of("id", "UUID").asPrimaryKey());
            entities.addAttribute(users, AttributeDraft.of("email", "VARCHAR").withLength(255).notNull());
            entities.addAttribute(users, AttributeDraft.of("status", "VARCHAR").withLength(20).notNull());
            return id;
        });
        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + designId + "/indexes"));

        button(page, "New index").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        choose(page, dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Entity")),
                "users", "users");
        choose(page, dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Column 1")),
                "email", "email");
        Locator indexName = dialog.getByLabel("Index name");
        assertThat(indexName).hasValue("idx_users_email"); // suggested from the entity and columns
        indexName.fill("uq_users_active_email");
        dialog.getByLabel("Unique").check();
        dialog.getByLabel("Partial index").check();
        dialog.getByLabel("WHERE condition").fill("status = 'active'");
        dialog.getByLabel("Purpose").fill("Sign-in by e-mail");
        button(dialog, "Save index").click();
        assertThat(dialog).isHidden();
        Locator indexes = grid(page, "Indexes");
        assertThat(cell(indexes, "uq_users_active_email")).isVisible();
        assertThat(cell(indexes, "WHERE status = 'active'")).isVisible();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Query patterns")).click();
        button(page, "New query pattern").click();
        dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Sign in");
        dialog.getByLabel("SQL").fill("SELECT id FROM users WHERE email = $1 AND status = 'active'");
        Locator reliesOn = dialog.getByRole(AriaRole.COMBOBOX,
                new Locator.GetByRoleOptions().setName("Relies on indexes"));
        choose(page, reliesOn, "uq_users", "uq_users_active_email");
        reliesOn.press("Tab"); // leaves the multi-select picker, which stays open after a choice
        button(dialog, "Save query pattern").click();
        assertThat(dialog).isHidden();

        page.reload();
        Locator patterns = grid(page, "Query patterns");
        assertThat(cell(patterns, "uq_users_active_email")).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Indexes")).click();
        assertThat(cell(grid(page, "Indexes"), "Sign in")).isVisible();
        screenshot(page, "editor-indexes");

        DesignModel model = currentUser.runAs("alice", () -> models.load(designId));
        assertThat(model.indexes()).singleElement().satisfies(index -> {
            assertThat(index.unique()).isTrue();
            assertThat(index.predicate()).isEqualTo("status = 'active'");
            assertThat(index.queryPatternIds()).containsExactly(model.queryPatterns().get(0).id());
        });
    }

    @Test
    void a_viewer_sees_the_demo_design_read_only_and_the_service_refuses_their_writes() {
        Page page = newPerson();
        signIn(page, "vic", "demo");
        button(page, "Open E-commerce platform").click();
        assertThat(page.getByText("You are a viewer of this design")).isVisible();
        assertThat(button(page, "New entity")).isHidden();
        cell(grid(page, "Entities"), "orders").click();
        assertThat(page.getByLabel("Entity name")).hasAttribute("readonly", "");
        assertThat(button(page, "Save entity")).isHidden();
        assertThat(button(page, "Add attribute")).isHidden();
        screenshot(page, "editor-viewer");

        UUID demo = currentUser.runAs("vic", () -> designs.listMine().stream()
                .filter(d -> d.name().equals("E-commerce platform")).findFirst().orElseThrow().id());
        assertThatThrownBy(() -> currentUser.runAs("vic", () ->
                entities.createEntity(demo, EntityDraft.named("sneaky", EntityKind.CORE))))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void an_auto_increment_key_is_refused_on_a_text_type_and_saved_on_a_whole_number_type() {
        Opened opened = aliceOnANewEntity("Numbered", TargetDatabase.MYSQL, "tickets");
        UUID designId = opened.designId();
        Page page = opened.page();

        button(page, "Add attribute").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator typeBox = nameAndType(dialog, "id", "VARCHAR");
        dialog.getByLabel("Length").fill("20");
        dialog.getByLabel("Part of the primary key").check();
        dialog.getByLabel("Auto-increment").check();
        button(dialog, "Add attribute").click();
        assertThat(dialog.getByText("Only whole-number types can auto-increment")).isVisible();
        assertThat(dialog).isVisible();

        typeBox.fill("BIGINT");
        typeBox.press("Enter");
        dialog.getByLabel("Length").fill("");
        button(dialog, "Add attribute").click();
        assertThat(dialog).isHidden();
        assertThat(page.getByLabel("Auto-increment", new Page.GetByLabelOptions().setExact(true))).isVisible();
        screenshot(page, "editor-auto-increment");

        DesignModel model = currentUser.runAs("alice", () -> models.load(designId));
        org.schemaboard.model.entity.Attribute id = model.entityNamed("tickets").orElseThrow().attributes().get(0);
        assertThat(id.dataType()).isEqualTo("BIGINT");
        assertThat(id.autoIncrement()).isTrue();
    }

    /**
     * A length beyond what a whole number holds, or letters in a number field, must not be read as "no length": the
     * field says what is wrong, the form says nothing was saved, and the attribute is not added until it is fixed.
     */
    @Test
    void a_number_the_field_cannot_hold_is_refused_instead_of_saved_as_empty() {
        Opened opened = aliceOnANewEntity("Lengths", TargetDatabase.POSTGRESQL, "notes");
        UUID designId = opened.designId();
        Page page = opened.page();

        button(page, "Add attribute").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        nameAndType(dialog, "body", "VARCHAR");
        dialog.getByLabel("Length").fill("99999999999");
        button(dialog, "Add attribute").click();
        assertThat(dialog.getByText("Nothing was saved: what is typed in Length is not a number it can hold."))
                .isVisible();
        assertThat(dialog).isVisible();
        screenshot(page, "editor-number-out-of-range");
        assertThat(currentUser.runAs("alice", () -> models.load(designId)).entityNamed("notes").orElseThrow()
                .attributes()).isEmpty();

        dialog.getByLabel("Length").fill("4000");
        button(dialog, "Add attribute").click();
        assertThat(dialog).isHidden();
        org.schemaboard.model.entity.Attribute body = currentUser.runAs("alice", () -> models.load(designId))
                .entityNamed("notes").orElseThrow().attributes().get(0);
        assertThat(body.length()).isEqualTo(4000);
    }

    private static void addAttribute(Page page, String name, String type, String length, boolean primaryKey) {
        button(page, "Add attribute").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        nameAndType(dialog, name, type);
        if (length != null) {
            dialog.getByLabel("Length").fill(length);
        }
        if (primaryKey) {
            dialog.getByLabel("Part of the primary key").check();
        }
        button(dialog, "Add attribute").click();
        assertThat(dialog).isHidden();
    }

    /** A design and the browser page open on it. */
    private record Opened(UUID designId, Page page) {
    }

    /** A new design of Alice's with one entity, opened on that entity in her browser. */
    private Opened aliceOnANewEntity(String design, TargetDatabase target, String entity) {
        UUID[] ids = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft(design + " " + UUID.randomUUID().toString().substring(0, 6),
                    target, "Browser test"));
            return new UUID[] {id, entities.createEntity(id, EntityDraft.named(entity, EntityKind.CORE))};
        });
        Page page = newPerson();
        signIn(page, "alice", "demo");
        page.navigate(url("/designs/" + ids[0] + "/entities?entity=" + ids[1]));
        return new Opened(ids[0], page);
    }

    /** Fills an attribute dialog's name and picks its data type; returns the type box. */
    private static Locator nameAndType(Locator dialog, String name, String type) {
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
        Locator typeBox = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Data type"));
        typeBox.fill(type);
        typeBox.press("Enter");
        return typeBox;
    }

    /** Picks an item of a Vaadin combo box: types to filter, then clicks the option. */
    private static void choose(Page page, Locator comboBox, String typed, String optionText) {
        comboBox.click();
        comboBox.fill(typed);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(optionText)).first().click();
    }
}
