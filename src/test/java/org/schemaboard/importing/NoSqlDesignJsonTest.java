package org.schemaboard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.NoSqlSamples;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.export.DesignJson;
import org.schemaboard.export.DesignJsonException;
import org.schemaboard.export.ExportSources;
import org.schemaboard.importing.json.DesignImportService;
import org.schemaboard.model.nosql.NoSqlDraft;
import org.schemaboard.model.nosql.NoSqlElement;
import org.schemaboard.model.nosql.NoSqlService;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.springframework.beans.factory.annotation.Autowired;

/** design.json carries the NoSQL elements: exported, imported into a new design, equal; bad input names its place. */
@ServiceTest
class NoSqlDesignJsonTest {

    @Autowired
    TestData data;
    @Autowired
    DesignImportService imports;
    @Autowired
    DesignService designs;
    @Autowired
    ExportSources sources;
    @Autowired
    NoSqlService nosql;
    @Autowired
    QueryPatternService patterns;

    String owner;
    String importer;

    @BeforeEach
    void accounts() {
        owner = data.account("nosql-json-owner");
        importer = data.account("nosql-json-importer");
    }

    @Test
    void every_kind_of_nosql_element_goes_through_design_json_into_a_new_design_unchanged() {
        UUID original = designWithEveryKind();
        String exported = data.as(owner, () -> DesignJson.write(sources.of(original)));
        assertThat(exported).contains("\"nosql\": [", "\"kind\": \"MONGO_COLLECTION\"", "\"kind\": \"REDIS_KEY\"",
                "\"kind\": \"SEARCH_INDEX\"", "\"ttlSeconds\": 3600", "\"shardKey\": [");

        UUID copy = data.as(importer, () -> imports.importJson(exported, null));

        List<NoSqlDraft> before = data.as(owner, () -> nosql.list(original)).stream().map(NoSqlElement::draft)
                .toList();
        List<NoSqlDraft> after = data.as(importer, () -> nosql.list(copy)).stream().map(NoSqlElement::draft)
                .toList();
        assertThat(before).hasSize(3);
        assertThat(after).isEqualTo(before);
        // and the copy's file is the original's but for the ids and the name
        String again = data.as(importer, () -> DesignJson.write(sources.of(copy)));
        assertThat(DesignFiles.withoutIds(again)).isEqualTo(DesignFiles.withoutIds(exported));
        assertThat(DesignJson.readFile(again).nosql()).extracting(NoSqlElement::draft).isEqualTo(before);
    }

    @Test
    void bad_input_in_the_nosql_part_is_refused_naming_its_place_and_nothing_is_imported() {
        UUID original = designWithEveryKind();
        String exported = data.as(owner, () -> DesignJson.write(sources.of(original)));
        List<DesignSummary> mine = data.as(importer, designs::listMine);

        assertRefused(exported.replace("\"dataType\": \"hash\"", "\"dataType\": \"blob\""),
                "nosql[1] (Product cache).dataType: Use one of string, hash, list, set, sorted set, stream, json.");
        assertRefused(exported.replace("\"ttlSeconds\": 3600", "\"ttl\": 3600"),
                "nosql[1] (Product cache).ttl: unknown field");
        assertRefused(exported.replace("\"ttlSeconds\": 3600", "\"ttlSeconds\": \"an hour\""),
                "nosql[1] (Product cache).ttlSeconds: expected a whole number (or null)");
        assertRefused(exported.replace("\"ttlSeconds\": 3600", "\"ttlSeconds\": 1.5"),
                "nosql[1] (Product cache).ttlSeconds: expected a whole number (or null)");
        assertRefused(exported.replace("\"kind\": \"SEARCH_INDEX\"", "\"kind\": \"SOLR\""),
                "nosql[2] (products-search): \"kind\" is not one of MONGO_COLLECTION, REDIS_KEY, SEARCH_INDEX");
        assertRefused(exported.replace("\"type\": \"decimal\"", "\"type\": \"money\""),
                "nosql[0] (products).fields[2].type: The field price has type \"money\"");
        assertRefused(exported.replace("\"name\": \"products-search\"", "\"name\": \"products\""),
                "nosql[2] (products).name: This design already has a NoSQL element named products.");

        assertThat(data.as(importer, designs::listMine)).isEqualTo(mine);
    }

    private void assertRefused(String json, String messageStart) {
        assertThatThrownBy(() -> data.as(importer, () -> imports.importJson(json, null)))
                .isInstanceOf(DesignJsonException.class).hasMessageStartingWith(messageStart);
    }

    private UUID designWithEveryKind() {
        return data.as(owner, () -> {
            UUID id = designs.create(new DesignDraft(TestData.designName("NoSQL json"), TargetDatabase.POSTGRESQL,
                    null));
            patterns.create(id, new QueryPatternDraft("Product details", null, "SELECT 1", null, null, null,
                    List.of(), List.of()));
            nosql.create(id, NoSqlSamples.products());
            nosql.create(id, NoSqlSamples.productCache());
            nosql.create(id, NoSqlSamples.productSearch());
            return id;
        });
    }
}
