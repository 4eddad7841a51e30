package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.NoSqlSamples;
import org.schemaboard.model.nosql.NoSqlDraft;
import org.schemaboard.model.nosql.NoSqlElement;

/** The structured NoSQL elements in the Markdown and HTML specification, under the brief's NoSQL headings. */
class NoSqlSpecTextTest {

    private static final ExportSource SOURCE = ExportSource.of(EcommerceDesign.model()).withNoSql(List.of(
            element(NoSqlSamples.products()), element(NoSqlSamples.productCache()),
            element(NoSqlSamples.productSearch())));

    @Test
    void the_markdown_shows_document_schemas_indexes_caching_patterns_and_mappings_under_the_brief_s_headings() {
        String markdown = SpecificationExport.markdown(SOURCE);
        String section = markdown.substring(markdown.indexOf("## NoSQL Integration (if applicable)"),
                markdown.indexOf("## Monitoring and Observability"));

        assertThat(section).containsSubsequence("### Document Database Design (MongoDB)",
                "#### Document Schema Examples", "**Collection `products`** — sharded by `sku` (hashed)",
                "| Field | Type | Required |", "| `price` | decimal | yes |", "| `tags` | array of string | no |",
                "| `variants.size` | string | yes |",
                "#### Index Strategy for MongoDB", "```javascript",
                "db.getCollection(\"products\").createIndex({\"sku\":1}, {\"name\":\"sku_unique\",\"unique\":true});",
                "sh.shardCollection(db.getName() + \".\" + \"products\", {\"sku\":\"hashed\"});",
                "### Cache Database Design (Redis)", "#### Caching Patterns",
                "| Cache | Key pattern | Data type | TTL | Eviction | Invalidated when | Serves query pattern |",
                "| Product cache | `product:{id}` | hash | 3600 s | allkeys-lru | product updated or deleted "
                        + "| Product details |",
                "### Search Engine Design (Elasticsearch)", "#### Index Mapping", "**Index `products-search`**",
                "```json", "\"analyzer\" : \"english\"");
        // the structured elements stand for the headings: no "not specified" under them
        assertThat(section).doesNotContain(MarkdownText.NOT_SPECIFIED);
    }

    @Test
    void without_elements_the_headings_read_not_specified_as_before() {
        String markdown = SpecificationExport.markdown(ExportSource.of(EcommerceDesign.model()));
        String section = markdown.substring(markdown.indexOf("## NoSQL Integration (if applicable)"),
                markdown.indexOf("## Monitoring and Observability"));
        assertThat(section).doesNotContain("#### Caching Patterns", "#### Document Schema Examples");
    }

    @Test
    void the_html_has_the_same_headings_and_tables() {
        String html = SpecificationExport.html(SOURCE);
        assertThat(html).containsSubsequence(">Document Schema Examples</h4>", "<table>", "<code>variants.size</code>",
                ">Index Strategy for MongoDB</h4>", ">Caching Patterns</h4>", "<code>product:{id}</code>",
                "<td>Product details</td>", ">Index Mapping</h4>");
    }

    private static NoSqlElement element(NoSqlDraft d) {
        return new NoSqlElement(UUID.randomUUID(), d.name(), d.spec(), 1);
    }
}
