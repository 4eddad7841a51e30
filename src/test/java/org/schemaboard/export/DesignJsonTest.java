package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;

/** design.json: what is written, that reading it back gives the same design, and what a broken file is told. */
class DesignJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DesignModel SMALL = small();

    @Test
    void a_rich_design_reads_back_identical_and_writes_the_same_text_again() {
        DesignModel design = EcommerceDesign.model();

        String json = DesignJson.write(design);
        DesignModel back = DesignJson.read(json);

        assertThat(back).isEqualTo(asInAFile(design));
        assertThat(DesignJson.write(back)).isEqualTo(json);
    }

    /**
     * The file is streamed field by field; it is exactly what writing the tree of the same document gives (as the
     * writer did before): read back as a tree, keeping field order and exact decimals, and written again, unchanged.
     */
    @Test
    void the_streamed_file_is_the_serialization_of_its_own_tree() throws Exception {
        ObjectMapper exact = new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        DesignBuilder odd = new DesignBuilder("Bestellungen – \"Übersicht\"").target(TargetDatabase.MYSQL);
        odd.entity("kunden", EntityKind.CORE, null).rules("Zeile 1\nZeile 2\t\\ \u00e9\u4e2d\u2028")
                .col("id", "BIGINT").pk().and().col("name", "VARCHAR").len(80);
        odd.pattern("Leer");
        for (ExportSource source : List.of(HtmlDirectTest.rich(), ExportSource.of(odd.build()),
                ExportSource.of(SMALL), ExportSource.of(new DesignBuilder("Empty").build()))) {
            String json = DesignJson.write(source);

            assertThat(DesignJsonWriter.WRITER.writeValueAsString(exact.readTree(json)) + "\n").isEqualTo(json);
        }
    }

    @Test
    void text_with_quotes_line_breaks_and_accents_and_unset_fields_survive_the_round_trip() {
        DesignBuilder d = new DesignBuilder("Bestellungen – \"Übersicht\"").target(TargetDatabase.MYSQL);
        DesignBuilder.EntityBuilder kunden = d.entity("kunden", EntityKind.CORE, null)
                .rules("Zeile 1\nZeile 2\t\\ \u00e9\u4e2d");
        kunden.col("id", "BIGINT").pk().and().col("name", "VARCHAR").len(80);
        d.pattern("Leer");
        DesignModel design = d.build();

        DesignModel back = DesignJson.read(DesignJson.write(design));

        assertThat(back).isEqualTo(asInAFile(design));
        assertThat(back.description()).isNull();
        assertThat(back.queryPatterns().get(0).frequency()).isNull();
    }

    @Test
    void auto_increment_is_written_and_read_back_and_a_file_without_it_means_false() {
        DesignBuilder d = new DesignBuilder("Numbered").target(TargetDatabase.MYSQL);
        d.entity("stores", EntityKind.CORE, null).col("id", "SMALLINT UNSIGNED").pk().autoIncrement().and()
                .col("code", "INT");
        DesignModel design = d.build();

        String json = DesignJson.write(design);
        assertThat(json).contains("\"autoIncrement\": true,").contains("\"autoIncrement\": false,");
        assertThat(DesignJson.read(json)).isEqualTo(asInAFile(design));

        // a file written before auto-increment existed has no such field
        DesignModel older = DesignJson.read(json.replaceAll("\n\\s*\"autoIncrement\": (true|false),", ""));
        assertThat(older.entities().get(0).attributes()).extracting(Attribute::autoIncrement)
                .containsExactly(false, false);
    }

    @Test
    void the_file_is_pretty_printed_with_every_field_and_without_row_versions_or_timestamps() {
        String json = DesignJson.write(EcommerceDesign.model());

        assertThat(json).startsWith("""
                {
                  "format": "schemaboard-design",
                  "formatVersion": 1,
                  "design": {
                    "name": "E-commerce platform",
                    "targetDatabase": "POSTGRESQL",
                    "description": "Online shop: customers, catalogue, orders and reviews."
                  },
                  "entities": [
                    {
                      "id": \"""").endsWith("}\n").doesNotContain("\r")
                .contains("\"checkExpression\": null,").contains("\"frequency\": 120,")
                .contains("\"cardinality\": \"MANY_TO_MANY\",").contains("\"columns\": [],")
                .doesNotContain("\"version\"").doesNotContain("updated").doesNotContain("created_at\":");
    }

    @Test
    void text_that_is_not_json_is_reported_with_its_line_and_column() {
        String broken = """
                {
                  "format": "schemaboard-design",
                  "formatVersion": 1,,
                  "design": {}
                }""";

        assertThatThrownBy(() -> DesignJson.read(broken)).isInstanceOf(DesignJsonException.class)
                .hasMessageStartingWith("Not valid JSON at line 3, column 22: Unexpected character (',' (code 44))");
    }

    @Test
    void an_unfinished_file_a_repeated_field_and_text_after_the_end_are_not_json() {
        assertThatThrownBy(() -> DesignJson.read("{\n  \"format\": \"schemaboard-design\",\n"))
                .hasMessageStartingWith("Not valid JSON at line 3, column 1: Unexpected end-of-input");
        assertThatThrownBy(() -> DesignJson.read("{\"format\": \"a\",\n \"format\": \"b\"}"))
                .hasMessage("Not valid JSON at line 2, column 10: Duplicate field 'format'");
        assertThatThrownBy(() -> DesignJson.read("{\"format\": \"schemaboard-design\"} {}"))
                .hasMessage("Not valid JSON at line 1, column 34: more text after the end of the JSON object");
        assertThatThrownBy(() -> DesignJson.read("  ")).hasMessageStartingWith("The file is empty");
    }

    @Test
    void json_that_is_not_a_schemaboard_design_says_so() {
        assertThatThrownBy(() -> DesignJson.read("[1, 2]"))
                .hasMessage("This is not a Schemaboard design file: it holds a list, not a JSON object");
        assertThatThrownBy(() -> DesignJson.read("{\"name\": \"x\"}"))
                .hasMessage("This is not a Schemaboard design file: it has no \"format\": \"schemaboard-design\"");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> f.put("format", "other-tool"))))
                .hasMessage("This is not a Schemaboard design file: \"format\" is \"other-tool\", not "
                        + "\"schemaboard-design\"");
    }

    @Test
    void a_newer_or_missing_format_version_is_refused() {
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> f.put("formatVersion", 2))))
                .hasMessage("formatVersion 2 is not supported: this Schemaboard reads formatVersion 1 (the file was "
                        + "written by a newer Schemaboard)");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> f.remove("formatVersion"))))
                .hasMessage("\"formatVersion\" is missing; this Schemaboard reads formatVersion 1");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> f.put("formatVersion", "1"))))
                .hasMessage("formatVersion: expected a whole number, found \"1\"");
    }

    @Test
    void a_missing_required_field_is_named_with_its_place_in_the_file() {
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> attribute(f, 1, 1).remove("dataType"))))
                .hasMessage("entities[1] (users).attributes[1] (email): \"dataType\" is missing");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> ((ObjectNode) f.get("design")).putNull("name"))))
                .hasMessage("design: \"name\" is missing");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> element(f, "relationships", 0).remove("cardinality"))))
                .hasMessage("relationships[0] (fk_orders_user): \"cardinality\" is missing");
    }

    @Test
    void wrong_values_are_named_with_what_was_expected() {
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> element(f, "entities", 0).put("kind", "TABLE"))))
                .hasMessage("entities[0] (orders).kind: \"TABLE\" is not one of CORE, LOOKUP, JUNCTION, AUDIT");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> attribute(f, 1, 1).put("length", "255"))))
                .hasMessage("entities[1] (users).attributes[1] (email).length: expected a whole number, found \"255\"");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> attribute(f, 1, 1).put("nullable", "no"))))
                .hasMessage("entities[1] (users).attributes[1] (email).nullable: expected true or false, found \"no\"");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> element(f, "entities", 0).put("id", "orders-1"))))
                .hasMessage("entities[0].id: \"orders-1\" is not a UUID");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> element(f, "entities", 0).put("attributes", "id"))))
                .hasMessage("entities[0] (orders).attributes: expected a list, found \"id\"");
    }

    @Test
    void an_unknown_field_is_refused_with_the_likely_spelling() {
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> attribute(f, 1, 0).put("primarykey", true))))
                .hasMessage("entities[1] (users).attributes[0] (id): unknown field \"primarykey\"; did you mean "
                        + "\"primaryKey\"?");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> f.put("comment", "x"))))
                .hasMessageStartingWith("unknown field \"comment\"; the fields here are design, entities, format");
    }

    @Test
    void a_column_pair_naming_an_attribute_that_is_not_in_the_file_is_refused() {
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-000000000042");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> ((ObjectNode) element(f, "relationships", 0)
                .withArray("columns").get(0)).put("toAttributeId", unknown.toString()))))
                .hasMessage("relationships[0] (fk_orders_user).columns[0].toAttributeId: no attribute in the file has "
                        + "the id " + unknown);
    }

    @Test
    void a_column_pair_naming_an_attribute_of_another_entity_is_refused() {
        String usersEmail = attribute(parse(DesignJson.write(SMALL)), 1, 1).get("id").asText();
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> ((ObjectNode) element(f, "relationships", 0)
                .withArray("columns").get(0)).put("toAttributeId", usersEmail))))
                .hasMessage("relationships[0] (fk_orders_user).columns[0].toAttributeId: " + usersEmail
                        + " is users.email, an attribute of users, not of orders (the relationship's toEntityId)");
    }

    @Test
    void a_reference_to_an_element_of_another_kind_is_refused() {
        String usersEmail = attribute(parse(DesignJson.write(SMALL)), 1, 1).get("id").asText();
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> element(f, "indexes", 0).put("entityId", usersEmail))))
                .hasMessage("indexes[0] (idx_users_email).entityId: " + usersEmail + " is the id of entities[1] "
                        + "(users).attributes[1] (email), an attribute, not an entity");
    }

    @Test
    void a_link_to_a_query_pattern_that_is_not_in_the_file_is_refused_though_patterns_come_later() {
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-000000000007");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> element(f, "indexes", 0).withArray("queryPatternIds")
                .add(unknown.toString()))))
                .hasMessage("indexes[0] (idx_users_email).queryPatternIds[1]: no query pattern in the file has the "
                        + "id " + unknown);
    }

    @Test
    void an_id_used_twice_is_refused_naming_both_places() {
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> attribute(f, 1, 1)
                .put("id", attribute(f, 0, 0).get("id").asText()))))
                .hasMessageMatching("entities\\[1] \\(users\\)\\.attributes\\[1] \\(email\\)\\.id: the id [0-9a-f-]+ is "
                        + "used twice; entities\\[0] \\(orders\\)\\.attributes\\[0] \\(id\\) has it already");
    }

    /**
     * The reader takes the element lists one element at a time as they come; a hand-edited file may order its fields
     * any way, and reads the same: lists that come before the entities (or before the format) are kept and read after.
     */
    @Test
    void the_top_level_fields_in_any_order_read_the_same_design() {
        ObjectNode canonical = parse(DesignJson.write(EcommerceDesign.model()));
        ObjectNode reversed = JSON.createObjectNode();
        List<String> names = new java.util.ArrayList<>();
        canonical.fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        names.forEach(name -> reversed.set(name, canonical.get(name)));

        assertThat(names.get(0)).isNotEqualTo("format");
        assertThat(DesignJson.read(reversed.toPrettyString())).isEqualTo(DesignJson.read(canonical.toPrettyString()));
    }

    @Test
    void a_file_whose_format_comes_last_is_judged_by_its_format_before_its_elements() {
        ObjectNode file = JSON.createObjectNode();
        file.putArray("entities").addObject().put("name", "no id");
        file.put("formatVersion", 1);
        file.put("format", "other-tool");

        assertThatThrownBy(() -> DesignJson.read(file.toPrettyString()))
                .hasMessage("This is not a Schemaboard design file: \"format\" is \"other-tool\", not "
                        + "\"schemaboard-design\"");
    }

    @Test
    void an_element_of_a_list_that_is_not_an_object_is_named() {
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> ((ArrayNode) f.get("indexes")).add(7))))
                .hasMessage("indexes[1]: expected an object, found the number 7");
        assertThatThrownBy(() -> DesignJson.read(mutated(f -> ((ArrayNode) f.get("entities")).insertNull(0))))
                .hasMessageStartingWith("entities[0]: expected an object, found ");
    }

    /** users and orders, a 1:N between them, an index serving a query pattern. */
    private static DesignModel small() {
        DesignBuilder d = new DesignBuilder("Small");
        DesignBuilder.EntityBuilder users = d.entity("users", EntityKind.CORE, "People");
        users.col("id", "BIGINT").pk().and().col("email", "VARCHAR").len(255).notNull();
        DesignBuilder.EntityBuilder orders = d.entity("orders", EntityKind.CORE, "Purchases");
        orders.col("id", "BIGINT").pk().and().col("user_id", "BIGINT").notNull();
        d.relationship(users, "id", Cardinality.ONE_TO_MANY, orders, "user_id", ReferentialAction.RESTRICT, "places")
                .named("fk_orders_user");
        DesignBuilder.PatternBuilder login = d.pattern("Login").frequency("5", FrequencyUnit.SECOND).touches(users);
        d.index("idx_users_email", users, "email").unique().serves(login);
        return d.build();
    }

    private static String mutated(Consumer<ObjectNode> change) {
        ObjectNode file = parse(DesignJson.write(SMALL));
        change.accept(file);
        return file.toPrettyString();
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode element(ObjectNode file, String list, int index) {
        return (ObjectNode) ((ArrayNode) file.get(list)).get(index);
    }

    private static ObjectNode attribute(ObjectNode file, int entity, int attribute) {
        return (ObjectNode) element(file, "entities", entity).withArray("attributes").get(attribute);
    }

    /** What a file can hold of a model: no design id, no row versions, positions from 0. */
    private static DesignModel asInAFile(DesignModel m) {
        List<Entity> entities = m.entities().stream().map(e -> {
            List<Attribute> attributes = e.attributes().stream().map(a -> new Attribute(a.id(), a.entityId(),
                    e.attributes().indexOf(a), a.name(), a.dataType(), a.length(), a.precision(), a.scale(),
                    a.nullable(), a.defaultValue(), a.primaryKey(), a.unique(), a.autoIncrement(), a.checkExpression(), a.description(),
                    0)).toList();
            return new Entity(e.id(), e.name(), e.kind(), e.purpose(), e.businessRules(), e.lifecycle(), e.notes(), 0,
                    attributes);
        }).toList();
        List<Relationship> relationships = m.relationships().stream().map(r -> new Relationship(r.id(), r.name(),
                r.fromEntityId(), r.toEntityId(), r.cardinality(), r.columns(), r.onDelete(), r.onUpdate(), r.label(),
                r.identifying(), r.rationale(), r.junctionEntityId(), 0)).toList();
        List<Index> indexes = m.indexes().stream().map(i -> new Index(i.id(), i.entityId(), i.name(), i.columns(),
                i.unique(), i.predicate(), i.method(), i.purpose(), i.rationale(), i.queryPatternIds(), 0)).toList();
        List<QueryPattern> patterns = m.queryPatterns().stream().map(q -> new QueryPattern(q.id(), q.name(),
                q.description(), q.sql(), q.frequency(), q.frequencyUnit(), q.latencyTargetMs(), q.entityIds(),
                q.indexIds(), 0)).toList();
        return new DesignModel(null, m.name(), m.targetDatabase(), m.description(), entities, relationships, indexes,
                patterns);
    }
}
