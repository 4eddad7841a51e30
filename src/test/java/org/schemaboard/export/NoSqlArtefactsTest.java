package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.NoSqlSamples;
import org.schemaboard.model.nosql.MongoCollection;
import org.schemaboard.model.nosql.NoSqlDraft;
import org.schemaboard.model.nosql.NoSqlElement;

class NoSqlArtefactsTest {

    /** The keywords of JSON Schema draft 4 that MongoDB's $jsonSchema accepts, plus its own bsonType. */
    private static final Set<String> MONGO_KEYWORDS = Set.of("bsonType", "properties", "required", "items",
            "additionalProperties", "enum", "description", "minimum", "maximum", "pattern", "minItems", "maxItems");
    private static final Set<String> BSON_TYPES = Set.of("string", "int", "long", "double", "decimal", "bool",
            "date", "objectId", "object", "array");

    @Test
    void the_zip_gets_a_mongosh_script_a_search_mapping_and_a_redis_catalogue() throws Exception {
        Map<String, String> files = NoSqlArtefacts.files(List.of(element(NoSqlSamples.products()),
                element(NoSqlSamples.productCache()), element(NoSqlSamples.productSearch())));
        assertThat(files).containsOnlyKeys("nosql/mongodb/products.js", "nosql/search/products-search.mapping.json",
                "nosql/redis-keys.md");
        String js = files.get("nosql/mongodb/products.js");
        assertThat(js).contains("db.createCollection(\"products\", {", "$jsonSchema",
                "createIndex({\"sku\":1}, {\"name\":\"sku_unique\",\"unique\":true})",
                "createIndex({\"name\":\"text\"}, {\"name\":\"name_text\"})",
                "{\"name\":\"expiry\",\"expireAfterSeconds\":0,\"partialFilterExpression\":{\"expiresAt\":{\"$exists\":true}}}",
                "sh.shardCollection(db.getName() + \".\" + \"products\", {\"sku\":\"hashed\"})");
        JsonNode mapping = new ObjectMapper().readTree(files.get("nosql/search/products-search.mapping.json"));
        assertThat(mapping.at("/mappings/properties/name/analyzer").asText()).isEqualTo("english");
        assertThat(mapping.at("/mappings/properties/sku/type").asText()).isEqualTo("keyword");
        assertThat(files.get("nosql/redis-keys.md")).contains("| Product cache | `product:{id}` | hash | 3600 s | "
                + "allkeys-lru | product updated or deleted | Product details |");
    }

    @Test
    void the_specification_zip_carries_the_nosql_artefacts() {
        Map<String, String> zip = SpecificationZip.files(ExportSource.of(EcommerceDesign.model())
                .withNoSql(List.of(element(NoSqlSamples.products()), element(NoSqlSamples.productCache()))),
                name -> { }, Runnable::run);
        assertThat(zip).containsKeys("nosql/mongodb/products.js", "nosql/redis-keys.md");
    }

    /**
     * MongoDB's $jsonSchema is JSON Schema draft 4 with {@code bsonType} for types. A real validator (networknt,
     * draft 4) checks (1) that the generated validator is a valid draft-4 schema document, by validating it against
     * the draft-4 meta-schema ({@code bsonType} is an unknown keyword there, which draft 4 allows), and (2) that it
     * judges documents as MongoDB would: a complete product passes, one without a required field (at the top and
     * inside an array's sub-document) fails naming the field. Types are MongoDB's to check: to draft 4,
     * {@code bsonType} is an annotation.
     */
    @Test
    void the_validator_is_a_valid_draft_4_schema_and_accepts_and_refuses_documents_by_it()
            throws Exception {
        com.networknt.schema.JsonSchemaFactory draft4 = com.networknt.schema.JsonSchemaFactory.getInstance(
                com.networknt.schema.SpecVersion.VersionFlag.V4);
        com.networknt.schema.JsonSchema metaSchema = draft4.getSchema(
                com.networknt.schema.SchemaLocation.of(com.networknt.schema.SchemaId.V4));
        ObjectMapper json = new ObjectMapper();
        JsonNode validator = NoSqlArtefacts.jsonSchema((MongoCollection) NoSqlSamples.products().spec());

        assertThat(metaSchema.validate(validator)).isEmpty();
        // the meta-schema does bite: a required that is not a list of names is no draft-4 schema
        assertThat(metaSchema.validate(json.readTree("{\"bsonType\": \"object\", \"required\": \"sku\"}")))
                .isNotEmpty();

        com.networknt.schema.JsonSchema schema = draft4.getSchema(validator);
        JsonNode product = json.readTree("""
                {"sku": "PROD-12345", "name": "Wireless Headphones", "price": 199.99,
                 "attributes": {"color": "Black"}, "tags": ["audio", "wireless"],
                 "variants": [{"size": "M"}, {"size": "L"}]}""");
        assertThat(schema.validate(product)).isEmpty();
        JsonNode noPrice = ((com.fasterxml.jackson.databind.node.ObjectNode) product.deepCopy()).without("price");
        assertThat(schema.validate(noPrice)).extracting(com.networknt.schema.ValidationMessage::getMessage)
                .singleElement().asString().contains("price");
        JsonNode variantWithoutSize = json.readTree(product.toString().replace("{\"size\":\"L\"}", "{}"));
        assertThat(schema.validate(variantWithoutSize)).extracting(m -> m.getInstanceLocation().toString())
                .containsExactly("$.variants[1]");
    }

    /**
     * A structural check of the validator in MongoDB's dialect: only keywords $jsonSchema knows, bsonType names it
     * knows, required lists of declared properties, nested documents and array items as schemas.
     */
    @Test
    void the_validator_is_a_well_formed_draft_4_schema_in_mongodb_s_dialect() {
        JsonNode schema = NoSqlArtefacts.jsonSchema((MongoCollection) NoSqlSamples.products().spec());
        assertWellFormed(schema, "$");
        assertThat(schema.at("/required").toString()).isEqualTo("[\"sku\",\"name\",\"price\"]");
        assertThat(schema.at("/properties/attributes/properties/color/bsonType").asText()).isEqualTo("string");
        assertThat(schema.at("/properties/tags/items/bsonType").asText()).isEqualTo("string");
        assertThat(schema.at("/properties/variants/items/required").toString()).isEqualTo("[\"size\"]");
        assertThat(schema.at("/properties/expiresAt/bsonType").asText()).isEqualTo("date");
    }

    private static void assertWellFormed(JsonNode schema, String where) {
        assertThat(schema.isObject()).as(where).isTrue();
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            assertThat(MONGO_KEYWORDS).as(where).contains(it.next());
        }
        assertThat(BSON_TYPES).as(where).contains(schema.path("bsonType").asText());
        JsonNode props = schema.path("properties");
        if (schema.has("required")) {
            assertThat(schema.get("required").isArray()).isTrue();
            schema.get("required").forEach(r -> assertThat(props.has(r.asText())).as(where + " requires " + r).isTrue());
        }
        props.fields().forEachRemaining(p -> assertWellFormed(p.getValue(), where + "." + p.getKey()));
        if (schema.has("items")) {
            assertThat(schema.path("bsonType").asText()).isEqualTo("array");
            assertWellFormed(schema.get("items"), where + "[]");
        }
    }

    private static NoSqlElement element(NoSqlDraft d) {
        return new NoSqlElement(UUID.randomUUID(), d.name(), d.spec(), 1);
    }
}
