package org.schemaboard.spec.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.spec.SpecSection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The specification around the schema in the browser: a partitioning plan flagged by the PostgreSQL key rule and
 * fixed, an executive summary and an alert threshold, all still there after a reload, and read-only for a viewer.
 */
class SpecificationIT extends BrowserTestBase {

    @Autowired
    DesignService designs;
    @Autowired
    EntityService entities;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    org.schemaboard.model.DesignModelService models;

    @Test
    void alice_plans_partitioning_sees_the_key_rule_fixes_it_and_vic_reads_it_all() {
        UUID designId = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("Spec " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, null));
            designs.setMember(id, "vic", DesignRole.VIEWER);
            UUID orders = entities.createEntity(id, EntityDraft.named("orders", EntityKind.CORE));
            entities.addAttribute(orders, AttributeDraft.of("id", "UUID").asPrimaryKey());
            entities.addAttribute(orders, AttributeDraft.of("user_id", "UUID").notNull());
            entities.addAttribute(orders, AttributeDraft.of("created_at", "TIMESTAMP WITH TIME ZONE").notNull());
            return id;
        });
        Page alice = newPerson();
        try {
            journey(designId, alice);
        } catch (RuntimeException | AssertionError e) {
            screenshot(alice, "spec-failure-alice");
            throw e;
        }
    }

    private void journey(UUID designId, Page alice) {
        signIn(alice, "alice", "demo");

        // the brief's plan: orders hashed by user_id into 4 partitions, while id alone is the primary key
        alice.navigate(url("/designs/" + designId + "/scalability?part=partitioning"));
        button(alice, "Add partitioning plan").click();
        choose(alice, alice.getByLabel("Entity", new Page.GetByLabelOptions().setExact(true)), "orders", "orders");
        alice.getByLabel("Strategy", new Page.GetByLabelOptions().setExact(true)).click();
        alice.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("HASH").setExact(true)).click();
        Locator key = alice.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Partition key"));
        choose(alice, key, "user_id", "user_id");
        key.press("Tab");
        alice.getByLabel("Number of partitions").fill("4");
        alice.getByLabel("Number of partitions").press("Tab");
        Locator flag = alice.getByText("Not allowed on PostgreSQL: the primary key (id) of orders does not contain "
                + "the partition key user_id.", new Page.GetByTextOptions().setExact(false));
        assertThat(flag).isVisible();
        button(alice, "Save partitioning").click();
        assertThat(alice.getByText("Saved partitioning")).isVisible();
        assertThat(alice.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Partitioning 1 problem")))
                .isVisible();
        screenshot(alice, "spec-partitioning-flagged");

        // adding id to the key is not enough: the primary key (id) must contain every partition key column
        choose(alice, key, "id", "id");
        key.press("Tab");
        assertThat(alice.getByText("does not contain user_id of the partition key (id, user_id)")).isVisible();
        // the fix: partition by a key the primary key contains, id
        alice.locator("vaadin-multi-select-combo-box-chip").filter(new Locator.FilterOptions().setHasText("user_id"))
                .first().locator("[part='remove-button']").click();
        assertThat(flag).isHidden();
        // no problem is left (a warning may be: the design has no volume estimate for the HASH partitions)
        assertThat(alice.locator(".sb-spec-check-problem")).hasCount(0);
        button(alice, "Save partitioning").click();
        assertThat(alice.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Partitioning written")))
                .isVisible();

        // executive summary and one alert threshold
        alice.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Specification").setExact(true)).click();
        // a section counts as written when none of its fields is empty (the export's definition): partly is not
        assertThat(alice.getByText(java.util.regex.Pattern.compile("^[0-2] of 18 sections written$"))).isVisible();
        alice.getByLabel("Database technology").fill("PostgreSQL 16");
        alice.getByLabel("Key design principles").fill("3NF; UUID keys");
        button(alice, "Save executive summary").click();
        assertThat(alice.getByText("Saved executive summary")).isVisible();
        alice.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Monitoring empty")).click();
        button(alice, "Add alert threshold").click();
        alice.getByLabel("Metric", new Page.GetByLabelOptions().setExact(true)).fill("Replication lag");
        alice.getByLabel("Threshold", new Page.GetByLabelOptions().setExact(true)).fill("> 30 s");
        button(alice, "Save monitoring").click();
        assertThat(alice.getByText("Saved monitoring")).isVisible();
        assertThat(alice.getByText(java.util.regex.Pattern.compile("^[0-3] of 18 sections written$"))).isVisible();
        assertThat(alice.locator(".sb-spec-overview a").filter(new Locator.FilterOptions().setHasText("Monitoring")))
                .isVisible();

        // a reload finds all of it
        alice.reload();
        assertThat(alice.getByLabel("Metric", new Page.GetByLabelOptions().setExact(true))).hasValue("Replication lag");
        assertThat(alice.getByLabel("Threshold", new Page.GetByLabelOptions().setExact(true))).hasValue("> 30 s");
        alice.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Executive summary written")).click();
        assertThat(alice.getByLabel("Database technology")).hasValue("PostgreSQL 16");
        alice.navigate(url("/designs/" + designId + "/scalability?part=partitioning"));
        // no problem is left (a warning may be: the design has no volume estimate for the HASH partitions)
        assertThat(alice.locator(".sb-spec-check-problem")).hasCount(0);
        Locator chips = alice.locator("vaadin-multi-select-combo-box-chip");
        assertThat(chips.filter(new Locator.FilterOptions().setHasText(
                java.util.regex.Pattern.compile("^\\s*id\\s*$"))).first()).isVisible();
        assertThat(chips.filter(new Locator.FilterOptions().setHasText("user_id"))).hasCount(0);

        // vic, a viewer, sees everything and can change nothing
        Page vic = newPerson();
        signIn(vic, "vic", "demo");
        vic.navigate(url("/designs/" + designId + "/scalability?part=partitioning"));
        Locator entity = vic.getByLabel("Entity", new Page.GetByLabelOptions().setExact(true));
        assertThat(entity).hasValue("orders");
        assertThat(vic.locator("vaadin-combo-box[readonly]")).hasCount(1);
        assertThat(vic.locator("vaadin-multi-select-combo-box[readonly]").first()).isVisible();
        assertThat(button(vic, "Save partitioning")).isHidden();
        assertThat(button(vic, "Add partitioning plan")).isHidden();
        assertThat(button(vic, "Remove this partitioning plan")).isHidden();
        vic.navigate(url("/designs/" + designId + "/specification?part=monitoring"));
        assertThat(vic.getByLabel("Metric", new Page.GetByLabelOptions().setExact(true))).hasValue("Replication lag");
        assertThat(vic.locator("vaadin-text-field[readonly]").first()).isVisible();
        assertThat(button(vic, "Save monitoring")).isHidden();
        assertThat(button(vic, "Add alert threshold")).isHidden();
        vic.navigate(url("/designs/" + designId + "/specification?part=executive-summary"));
        assertThat(vic.getByLabel("Database technology")).hasValue("PostgreSQL 16");
        assertThat(vic.getByLabel("Database technology")).not().isEditable();
        screenshot(vic, "spec-viewer-executive-summary");
    }

    @Test
    void every_section_of_the_demo_design_is_written_and_shown() {
        Page alice = newPerson();
        signIn(alice, "alice", "demo");
        button(alice, "Open E-commerce platform").click();
        alice.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Plans").setExact(true)).click();
        alice.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Specification").setExact(true)).click();
        assertThat(alice.getByText("18 of 18 sections written")).isVisible();
        assertThat(alice).hasURL(java.util.regex.Pattern.compile(".*/specification$"));
        String base = alice.url().replaceAll("/specification.*", "");
        for (SpecSection section : SpecSection.values()) {
            if (section.group() == SpecSection.Group.CHECKLIST) {
                continue;
            }
            alice.navigate(base + "/" + section.tab() + "?part=" + section.key());
            assertThat(alice.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(section.label())
                    .setExact(true))).isVisible();
            assertThat(alice.getByText("Last saved by alice")).isVisible();
            screenshot(alice, "spec-demo-" + section.key());
        }
        // the demo's requirements name its technologies and data patterns, each shown with its sentence
        alice.navigate(base + "/requirements");
        Locator detected = alice.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("Detected in the requirements"));
        assertThat(detected).containsText("PostgreSQL (technology): “The platform runs on PostgreSQL 16 as the "
                + "system of record.”");
        assertThat(detected).containsText("Audit and compliance (data pattern): “Every change to orders and "
                + "payments must be kept in an audit trail for compliance.”");
        detected.scrollIntoViewIfNeeded();
        screenshot(alice, "requirements-detected");
        // the demo already has its audit log and replicas; the tenant sentence is still an offer
        Locator offered = alice.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Suggestions"));
        assertThat(offered).containsText("Multi-tenancy, from the requirements: “Later other shops rent the "
                + "platform: each shop is a tenant that never sees another's orders.”");
        assertThat(button(offered, "Apply Tenant key on every entity")).isVisible();
        assertThat(offered.getByText("Applied: in the design").first()).isVisible();
        offered.scrollIntoViewIfNeeded();
        screenshot(alice, "requirements-demo-suggestions");
        alice.navigate(base + "/self-critique");
        assertThat(alice.getByText("All seven parts are written: a review can be requested.")).isVisible();
        screenshot(alice, "spec-demo-self-critique");
        alice.navigate(base + "/checklist");
        assertThat(alice.getByText("Indexing strategy documented with performance rationale")).isVisible();
        screenshot(alice, "spec-demo-checklist");
    }

    @Test
    void alice_uploads_requirements_applies_the_audit_log_and_dismisses_the_replica() throws Exception {
        UUID designId = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("Intake " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, null));
            UUID users = entities.createEntity(id, EntityDraft.named("users", EntityKind.CORE));
            entities.addAttribute(users, AttributeDraft.of("id", "UUID").asPrimaryKey());
            entities.addAttribute(users, AttributeDraft.of("email", "VARCHAR").withLength(255).notNull());
            return id;
        });
        java.nio.file.Path latin = java.nio.file.Files.createTempFile("h20s-latin", ".md");
        java.nio.file.Files.write(latin, "Caf\u00e9 orders are audited.".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        java.nio.file.Path notes = java.nio.file.Files.createTempFile("h20s-requirements", ".md");
        java.nio.file.Files.writeString(notes, "# Requirements\n- Every change to users must be kept in an audit "
                + "trail.\n- Management wants daily reporting on sign-ups.\n");
        Page alice = newPerson();
        try {
            signIn(alice, "alice", "demo");
            alice.navigate(url("/designs/" + designId + "/requirements"));
            Locator suggestions = alice.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                    .setName("Suggestions"));
            assertThat(suggestions).containsText("Nothing to suggest yet");
            screenshot(alice, "requirements-empty");

            // a file in another encoding is refused, saying why, and nothing is saved
            Locator file = alice.locator("vaadin-upload.sb-requirements-upload input[type=file]");
            file.setInputFiles(latin);
            assertThat(alice.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                    .setHasText(latin.getFileName() + " is not UTF-8 text"))).isVisible();
            assertThat(alice.getByText("Not written yet")).isVisible();

            file.setInputFiles(notes);
            assertThat(alice.getByText("Saved requirements", new Page.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertThat(alice.getByLabel("Source")).hasValue(notes.getFileName().toString());
            assertThat(suggestions).containsText("Audit and compliance, from the requirements: “Every change to "
                    + "users must be kept in an audit trail.”");
            suggestions.scrollIntoViewIfNeeded();
            screenshot(alice, "requirements-suggestions");

            button(suggestions, "Apply Audit log entity").click();
            assertThat(suggestions.getByText("Applied: in the design")).isVisible();
            // by keyboard: focus the button, press Enter
            Locator dismiss = button(suggestions, "Dismiss Read replica for analytics");
            dismiss.focus();
            dismiss.press("Enter");
            assertThat(button(suggestions, "Offer again Read replica for analytics")).isVisible();

            alice.reload();
            assertThat(suggestions.getByText("Applied: in the design")).isVisible();
            assertThat(suggestions.getByText("Dismissed", new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertThat(button(suggestions, "Apply Read replica for analytics")).hasCount(0);
            suggestions.scrollIntoViewIfNeeded();
            screenshot(alice, "requirements-suggestions-applied");
            org.assertj.core.api.Assertions.assertThat(currentUser.runAs("alice", () -> models.load(designId))
                    .entityNamed("audit_log"))
                    .isPresent();
        } catch (RuntimeException | AssertionError e) {
            try {
                screenshot(alice, "requirements-failure");
            } catch (AssertionError accessibility) { // the first failure is the one to report
                e.addSuppressed(accessibility);
            }
            throw e;
        }
    }

    @Autowired
    org.schemaboard.model.nosql.NoSqlService nosql;
    @Autowired
    org.schemaboard.model.querypattern.QueryPatternService queryPatterns;

    @Test
    void alice_models_a_ttl_collection_and_a_cache_key_sees_their_findings_go_and_vic_only_reads() {
        UUID designId = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft("NoSQL " + UUID.randomUUID().toString().substring(0, 6),
                    TargetDatabase.POSTGRESQL, null));
            designs.setMember(id, "vic", DesignRole.VIEWER);
            queryPatterns.create(id, new org.schemaboard.model.querypattern.QueryPatternDraft("Product details",
                    null, "SELECT * FROM products WHERE id = $1", null, null, null, java.util.List.of(),
                    java.util.List.of()));
            return id;
        });
        Page alice = newPerson();
        try {
            signIn(alice, "alice", "demo");
            alice.navigate(url("/designs/" + designId + "/nosql"));
            assertThat(alice.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("No NoSQL elements yet"))).isVisible();
            screenshot(alice, "nosql-empty");

            // a session collection whose TTL index is, by mistake, on a string field
            button(alice, "New NoSQL element").click();
            Locator dialog = alice.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("sessions");
            button(dialog, "Add field").click();
            dialog.getByLabel("Path").nth(0).fill("userId");
            dialog.getByLabel("Required").nth(0).check();
            button(dialog, "Add field").click();
            dialog.getByLabel("Path").nth(1).fill("createdAt");
            button(dialog, "Add index").click();
            dialog.getByLabel("Index name").fill("expire_sessions");
            dialog.getByLabel("Keys").fill("createdAt");
            dialog.getByLabel("TTL (seconds)").fill("3600");
            screenshot(alice, "nosql-mongo-dialog");
            button(dialog, "Save NoSQL element").click();
            assertThat(alice.getByText("Created sessions")).isVisible();
            Locator elements = grid(alice, "NoSQL elements");
            assertThat(cell(elements, "1 error")).isVisible();

            // the finding is listed in the Problems tab, and its click opens the collection
            alice.navigate(url("/designs/" + designId + "/problems"));
            Locator problems = grid(alice, "Problems");
            cell(problems, "sessions").click();
            assertThat(alice).hasURL(java.util.regex.Pattern.compile(".*/nosql\\?element=.*"));
            dialog = alice.getByRole(AriaRole.DIALOG);
            assertThat(dialog.getByText("The TTL index expire_sessions is on createdAt, which is not a date."))
                    .isVisible();
            dialog.getByLabel("Type", new Locator.GetByLabelOptions().setExact(true)).nth(1).click();
            alice.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("date").setExact(true)).click();
            button(dialog, "Save MongoDB collection").click();
            assertThat(alice.getByText("Saved sessions")).isVisible();
            assertThat(cell(elements, "1 error")).hasCount(0);

            // a cache key pattern: first without a TTL (a warning), then with one; bad input is refused at the field
            button(alice, "New NoSQL element").click();
            dialog = alice.getByRole(AriaRole.DIALOG);
            dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Redis key pattern")).check();
            dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Product cache");
            dialog.getByLabel("Key template").fill("product {id}");
            dialog.getByLabel("Data type").click();
            alice.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("hash").setExact(true)).click();
            button(dialog, "Save NoSQL element").click();
            assertThat(dialog.getByText("A key template has no spaces: product {id}")).isVisible();
            dialog.getByLabel("Key template").fill("product:{id}");
            button(dialog, "Save NoSQL element").click();
            assertThat(cell(elements, "1 warning")).isVisible();
            screenshot(alice, "nosql-grid-warning");
            button(alice, "Edit Product cache").click();
            dialog = alice.getByRole(AriaRole.DIALOG);
            assertThat(dialog.getByText("product:{id} has no TTL and no reason")).isVisible();
            dialog.getByLabel("TTL (seconds)").fill("3600");
            Locator serves = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions()
                    .setName("Serves query pattern"));
            choose(alice, serves, "Product", "Product details");
            screenshot(alice, "nosql-redis-dialog");
            // the keyboard saves too (Ctrl+Enter)
            dialog.getByLabel("Key template").press("Control+Enter");
            assertThat(alice.getByText("Saved Product cache")).isVisible();
            assertThat(cell(elements, "1 warning")).hasCount(0);

            var stored = currentUser.runAs("alice", () -> nosql.list(designId));
            org.assertj.core.api.Assertions.assertThat(stored).extracting(e -> e.spec().toString()).containsExactly(
                    new org.schemaboard.model.nosql.MongoCollection(java.util.List.of(
                            new org.schemaboard.model.nosql.MongoCollection.Field("userId", "string", null, true),
                            new org.schemaboard.model.nosql.MongoCollection.Field("createdAt", "date", null, false)),
                            java.util.List.of(new org.schemaboard.model.nosql.MongoCollection.MongoIndex(
                                    "expire_sessions", java.util.List.of(new org.schemaboard.model.nosql
                                    .MongoCollection.Key("createdAt", "1")), false, 3600, null)),
                            java.util.List.of(), false).toString(),
                    new org.schemaboard.model.nosql.RedisKeyPattern("product:{id}", "hash", 3600, null, null, null,
                            "Product details").toString());

            // vic reads the collection and can change nothing
            Page vic = newPerson();
            signIn(vic, "vic", "demo");
            vic.navigate(url("/designs/" + designId + "/nosql"));
            assertThat(button(vic, "New NoSQL element")).isHidden();
            button(vic, "View sessions").click();
            Locator shown = vic.getByRole(AriaRole.DIALOG);
            assertThat(shown.getByLabel("Path").nth(1)).hasValue("createdAt");
            assertThat(shown.getByLabel("Path").nth(1)).not().isEditable();
            assertThat(button(shown, "Add field")).isHidden();
            assertThat(button(shown, "Save MongoDB collection")).hasCount(0);
            screenshot(vic, "nosql-viewer-dialog");
        } catch (RuntimeException | AssertionError e) {
            try {
                screenshot(alice, "nosql-failure");
            } catch (AssertionError accessibility) {
                e.addSuppressed(accessibility);
            }
            throw e;
        }
    }

    /** Picks an item of a Vaadin combo box: types to filter, then clicks the option. */
    private static void choose(Page page, Locator comboBox, String typed, String optionText) {
        comboBox.click();
        comboBox.fill(typed);
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(
                java.util.regex.Pattern.compile("^\\s*" + optionText + "\\s*$"))).first().click();
    }
}
